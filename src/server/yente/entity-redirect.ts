/** Answers 308 to the entity's own id, keeping the query string (a referent was asked for). */
export function redirect(
  reply: { redirect: (url: string, code: number) => unknown },
  target: string,
  url: string,
): unknown {
  const search = url.indexOf('?');
  return reply.redirect(search < 0 ? target : `${target}${url.slice(search)}`, 308);
}

/** An entity id as a path segment; the list separator `:` is left readable. */
export function entityPath(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}
