/** yente's pattern for `changed_since`: a date, optionally with hours, minutes and seconds. */
export const TS_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$';

const STRING_LIST = { type: 'array', items: { type: 'string' }, default: [] } as const;

/** The query parameters of POST /match/{dataset}, as yente declares them. */
export const MATCH_QUERYSTRING = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 5 },
    threshold: { type: 'number', description: 'Score at and above which a result is a match.' },
    cutoff: { type: 'number', description: 'Results scoring at or below this are left out.' },
    algorithm: { type: 'string', default: 'best' },
    include_dataset: STRING_LIST,
    exclude_dataset: STRING_LIST,
    exclude_schema: STRING_LIST,
    topics: STRING_LIST,
    changed_since: { type: 'string', pattern: TS_PATTERN },
    exclude_entity_ids: { ...STRING_LIST, maxItems: 50 },
  },
} as const;

/** The body of POST /match/{dataset}: named FtM entity examples. */
export const MATCH_BODY = {
  type: 'object',
  required: ['queries'],
  properties: {
    queries: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['schema', 'properties'],
        properties: {
          id: {
            type: ['string', 'null'],
            description:
              "Your id for the query entity, echoed back. When it is a watched subject's id, each result whose pair has an alert carries it (`alert`: status and the decision in force).",
          },
          subject: {
            type: 'string',
            minLength: 1,
            description:
              'Sift only: the watched subject this query is for, when it is not the `id`; 404 when no watched subject has it.',
          },
          schema: { type: 'string' },
          properties: { type: 'object' },
        },
      },
    },
    weights: { type: 'object', additionalProperties: { type: 'number' } },
    config: { type: 'object' },
  },
} as const;

/** The query parameters of GET /search/{dataset}. */
export const SEARCH_QUERYSTRING = {
  type: 'object',
  properties: {
    q: { type: 'string', default: '' },
    schema: { type: 'string', default: 'Thing' },
    limit: { type: 'integer', minimum: 0, maximum: 500, default: 10 },
    offset: { type: 'integer', minimum: 0, maximum: 9499, default: 0 },
    countries: STRING_LIST,
    topics: STRING_LIST,
    datasets: STRING_LIST,
    include_dataset: STRING_LIST,
    exclude_dataset: STRING_LIST,
    exclude_schema: STRING_LIST,
    changed_since: { type: 'string', pattern: TS_PATTERN },
    facets: {
      type: 'array',
      items: {
        type: 'string',
        enum: ['datasets', 'schema', 'countries', 'identifiers', 'topics', 'genders'],
      },
      default: ['countries', 'topics', 'datasets'],
    },
    fuzzy: { type: 'boolean', default: false },
    simple: { type: 'boolean', default: false },
    filter_op: { type: 'string', enum: ['OR', 'AND'], default: 'OR' },
    filter: {
      ...STRING_LIST,
      description:
        '`field:value` filters, as yente takes them: `properties.<name>` (a year or year-month keeps the dates under it), `schema`, `datasets`, `countries`, `topics`, `referents`, `id`, `target`.',
    },
    target: {
      type: 'boolean',
      deprecated: true,
      description: 'Only entities that are (or are not) targets of the list, as in yente.',
    },
  },
} as const;
