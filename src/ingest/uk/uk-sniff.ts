/**
 * Tells which UK Sanctions List layout a text is, from its first few kilobytes: the official
 * CSV (report-date line or a header with "Unique ID" and "Name 6"), the official XML
 * (`<Designations>`), or the ammitto JSON mirror (records with `unique_id` and UK field names).
 */
export function sniffUk(head: string): 'uk-csv' | 'uk-xml' | 'uk-json' | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    return /<(?:\w+:)?Designations[\s>]/.test(text) ? 'uk-xml' : undefined;
  }
  if (text.startsWith('{') || text.startsWith('[')) {
    const ukFields = /"(?:individual_entity_ship|ofsi_group_id|regime_name|name6)"\s*:/.test(text);
    return /"unique_id"\s*:/.test(text) && ukFields ? 'uk-json' : undefined;
  }
  const lines = text.split(/\r?\n/, 3);
  const header = /^Report Date:/i.test(lines[0] ?? '') ? (lines[1] ?? '') : (lines[0] ?? '');
  const cells = header.split(',').map((cell) => cell.trim().toLowerCase());
  return cells.includes('unique id') && cells.includes('name 6') ? 'uk-csv' : undefined;
}
