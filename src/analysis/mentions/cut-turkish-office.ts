import type { Mention } from '../article-types.ts';

// Turkish writes an office before the name as a compound whose head takes the possessive suffix
// (-(s)I: "Dışişleri Bakanı Sergey Lavrov", "Beyaz Saray Sözcüsü Jen Psaki", "Hamas Siyasi Büro
// Şefi İsmail Haniye"; Göksel and Kerslake, Turkish: A Comprehensive Grammar, §10.2 on indefinite
// izafet compounds), all capitalised, which the English-trained tagger runs into the name. The
// heads below are the offices of news; a bare title ("Bakan Lavrov") is cut the same way.
const OFFICE =
  /^(?:Bakanı|Bakan|Başbakan|Cumhurbaşkanı|Başkanı|Başkan|Sözcüsü|Sözcü|Şefi|Lideri|Müsteşarı|Büyükelçisi|Temsilcisi|Sekreteri|Komutanı|Yardımcısı|Müdürü|Milletvekili|Vekili|Yetkilisi|Danışmanı)$/u;

/**
 * Person mentions of a Turkish text cut to the words after the last office in them ("Dışişleri
 * Bakanı Sergey Lavrov" → "Sergey Lavrov"); the office stays in the text, outside the name.
 */
export function cutTurkishOffice(mentions: readonly Mention[]): Mention[] {
  return mentions.map((mention) => {
    if (mention.type !== 'person' || mention.name !== mention.text) return mention;
    const words = mention.text.split(' ');
    const office = words.findLastIndex((w) => OFFICE.test(w));
    if (office < 0 || office === words.length - 1) return mention;
    const cut = words.slice(0, office + 1).join(' ').length + 1;
    const text = mention.text.slice(cut);
    return { ...mention, start: mention.start + cut, text, name: text };
  });
}
