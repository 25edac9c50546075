/**
 * Tells the EU formats from the first few KB of a file: the official FSF XML (its namespace or an
 * `<export>` root holding `<sanctionEntity>`) or the ammitto JSON mirror (snake_case FSF keys).
 */
export function sniffEu(head: string): 'eu-xml' | 'eu-json' | undefined {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) {
    if (head.includes('http://eu.europa.ec/fpi/fsd/export')) return 'eu-xml';
    if (/<export[\s>]/.test(head) && /<sanctionEntity[\s>]/.test(head)) return 'eu-xml';
    return undefined;
  }
  if (
    start.startsWith('{') &&
    /"eu_reference_number"\s*:/.test(head) &&
    /"records"\s*:/.test(head)
  ) {
    return 'eu-json';
  }
  return undefined;
}
