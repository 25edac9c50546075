/**
 * Tells FollowTheMoney entity JSON lines from the first few KB of a file: the first line is an
 * object with an `id`, a capitalised `schema` and a `properties` object. Lines can be longer than
 * the head, so keys are looked for by pattern rather than by parsing the line.
 */
export function sniffFtm(head: string): 'ftm-json' | undefined {
  const firstLine =
    head
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split('\n', 1)[0] ?? '';
  if (!firstLine.startsWith('{')) return undefined;
  const hasSchema = /"schema"\s*:\s*"[A-Z][A-Za-z]*"/.test(firstLine);
  const hasProperties = /"properties"\s*:\s*\{/.test(firstLine);
  const hasId = /"id"\s*:\s*"/.test(firstLine);
  return hasSchema && hasProperties && hasId ? 'ftm-json' : undefined;
}
