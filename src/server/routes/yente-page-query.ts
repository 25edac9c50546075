/** The paging parameters of yente's adjacent-entity routes (`limit`, `offset`). */
export const ADJACENT_PAGE_QUERY = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 0, maximum: 500, default: 10 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
} as const;
