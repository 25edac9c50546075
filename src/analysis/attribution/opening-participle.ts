// "Once described by Donald Trump as a "foe" of the United States, the EU said …": a past
// participle with its agent opens the sentence and describes the main clause's subject. An adverb
// may stand before the participle, and a scare-quoted word (without a comma) inside the clause.
const OPENING_PARTICIPLE_BY =
  /^(?:(?:and|but)\s+)?(?:(?:once|long|often|widely|first|previously|recently|already|twice|repeatedly|much|\p{L}+ly)\s+)?\p{L}+(?:ed|en|wn)\s+by\s(?:[^,;:"“”]|"[^",]{1,60}"|“[^”,]{1,60}”){1,200}?,/iu;

/**
 * Where an opening participial clause with an agent ("Once described by X as …,") ends, as an
 * offset into the sentence's text just past its comma; undefined when the sentence has none.
 */
export function openingParticipleEnd(sentenceText: string): number | undefined {
  const match = OPENING_PARTICIPLE_BY.exec(sentenceText);
  return match === null ? undefined : match[0].length;
}
