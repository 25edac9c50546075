// Spanish and French news write Arabic compound given names with the particle standing alone
// ("Abd al Rahman Mustafa al Qaduli", "Abou el Fadl"), and the tagger starts the name after it
// ("Rahman Mustafa al Qaduli"), which screens as a partial name (issue #14, session 18). Only the
// first halves of such compounds are taken back, so a Spanish "al" (a + el) after any other word
// stays a preposition.
const HEAD =
  /(?<![\p{L}'’-])(?:Abd|Abdel|Abdul|Abu|Abou|Saif|Sayf|Seif|Nour|Nur|Izz|Salah|Badr|Imad|Nasr)[ \t]+(?:al|el|ed|ad)[ \t]+$/u;

/** The length of an Arabic name's first half ("Abd al ") right before a name, or 0. */
export function arabicNameHead(before: string): number {
  return HEAD.exec(before)?.[0].length ?? 0;
}
