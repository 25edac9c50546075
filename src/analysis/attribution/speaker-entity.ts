import type { ArticleEntity, TextSpan } from '../article-types.ts';

/**
 * The person entity a layout names as speaker (a letter's signature, a transcript label): the
 * entity already known under that name (renamed from capitals to the case given), or a new
 * person added to `entities`, so the speaker is also a named person to screen.
 */
export function speakerEntity(entities: ArticleEntity[], name: string, span: TextSpan): string {
  const key = name.toLowerCase();
  const known = entities.find(
    (e) =>
      e.type === 'person' &&
      (e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key)),
  );
  if (known !== undefined) {
    // A name met only in capitals ("JIMI IZRAEL") is shown as the label resolved it.
    if (known.name === known.name.toUpperCase() && name !== name.toUpperCase()) {
      known.aliases.push(known.name);
      known.name = name;
    }
    if (!known.mentions.some((m) => m.start === span.start)) known.mentions.push(span);
    return known.id;
  }
  const id = `e${entities.length + 1}`;
  entities.push({ id, name, type: 'person', aliases: [], honorifics: [], mentions: [span] });
  return id;
}
