import type { Mention } from '../article-types.ts';

// German capitalises every noun, so the English-trained tagger takes the words before a name into
// it: "Milliardär Wiktor Wekselberg", "Auch Gennadi Timtschenko", "Der Stahlkonzern Sewerstal",
// "Der Severstal-Konzern". Screened whole, such a name is only a partial hit of the listed person
// (issue #14, session 15). The descriptor is the mention's role; the function word is nothing.

/** Function words that open a German sentence or phrase and never start a name. */
const FUNCTION_WORDS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines auch und mit laut nach wie bei für ' +
    'gegen sowie als doch aber dass nur selbst zudem dabei denn so zum zur im am'
  ).split(' '),
);

// Offices and descriptors written as one word before a name, alone or compounded
// ("Bundesaußenministerin", "Kremlchef", "Kreml-Sprecher"), with the feminine -in or a case
// ending ("des russischen Präsidenten Wladimir Putin").
const PERSON_ROLE = new RegExp(
  '^(?:\\p{Lu}[\\p{L}-]*)?(?:minister|kanzler|sprecher|präsident|chef|vorsitzender?|botschafter|' +
    'kommissar|bürgermeister|sekretär|milliardär|millionär|oligarch|unternehmer|ökonom|politiker|' +
    'journalist|investor|gründer|eigentümer|inhaber|manager|banker|magnat|diplomat|kritiker|' +
    'aktivist|anwalt|berater|direktor|geschäftsmann|geschäftsfrau|stellvertreter|' +
    // "Hisbollah-Finanzier Adham Tabaja", "Al-Kaida-Anführer …": the trades of designations.
    'finanzier|geldgeber|führer|kommandeur|funktionär|prediger|' +
    // "Strabag-Großaktionär Oleg Deripaska", "Mehrheitsaktionär", "Anteilseigner": owners.
    'aktionär|anteilseigner|teilhaber|' +
    // "die frühere rhythmische Sportgymnastin Alina Kabajewa" (session 19): trades of sport, stage
    // and arms, which the EU's Russia listings name.
    'gymnast|sportler|athlet|sänger|schauspieler|künstler|schriftsteller|offizier|kommandant|' +
    // "der Ägypter al-Sawahiri": a nationality written as a noun before the name.
    'ägypter|syrer|iraker|iraner|jordanier|libanese|palästinenser|afghane|pakistaner|jemenit|' +
    'russe|ukrainer|amerikaner|franzose|tschetschene)(?:in|en|n|s|e)?$',
  'iu',
);

// The head of a German company descriptor ("Stahlkonzern", "Rüstungskonzern", "Energieriese",
// "Pipeline-Betreiber", "Söldnertruppe"): the name after it is an organisation, whatever the
// tagger said.
const COMPANY_ROLE = new RegExp(
  '^(?:\\p{Lu}[\\p{L}-]*)?(?:konzern|gruppe|holding|bank|unternehmen|hersteller|betreiber|' +
    'produzent|firma|riese|riesen|gigant|versorger|truppe)$',
  'iu',
);

// The German genitive of a country or capital without an article, before a name ("Russlands
// VTB Bank", "Irans Revolutionsgarden", "Russlands Präsident Wladimir Putin"): whose the name is,
// no part of it (Duden grammar: names of countries and towns take -s in the genitive).
const PLACE_GENITIVE = new Set(
  (
    'Russlands Irans Syriens Chinas Nordkoreas Südkoreas Koreas Weißrusslands Venezuelas ' +
    'Afghanistans Pakistans Israels Amerikas Deutschlands Frankreichs Großbritanniens Englands ' +
    'Ägyptens Katars Libyens Kubas Myanmars Nicaraguas Saudi-Arabiens Tschetscheniens Japans ' +
    'Indiens Polens Italiens Spaniens Georgiens Armeniens Aserbaidschans Kasachstans Serbiens ' +
    'Ungarns Österreichs Tschechiens Europas Moskaus Teherans Pekings Kiews Minsks Washingtons ' +
    'Berlins Londons'
  ).split(' '),
);

/** True for the head of a German company descriptor ("Energieriesen", "Stahlkonzern"). */
export function isGermanCompanyDescriptor(word: string): boolean {
  return COMPANY_ROLE.test(word);
}

/** True for a German office or trade written before a person's name ("Geschäftsmann"). */
export function isGermanPersonRole(word: string): boolean {
  return PERSON_ROLE.test(word);
}

/** True for a German descriptor written before a name: an office, a trade or a company's head. */
export function isGermanRoleWord(word: string): boolean {
  return COMPANY_ROLE.test(word) || PERSON_ROLE.test(word);
}

/** A company name with a German head word hyphenated after it ("Severstal-Konzern"). */
const COMPANY_SUFFIX = /^(\p{Lu}[\p{L}-]*?)-(?:Konzern|Gruppe|Holding|Unternehmen|Werk|Werke)$/u;

/**
 * The mention without the German function words and descriptor before its name: the descriptor
 * goes to its honorifics, a company descriptor makes it an organisation, and a hyphenated company
 * head ("Severstal-Konzern") is cut off the name. A mention from the list gazetteer is left as is.
 */
export function setGermanLeadAside(
  text: string,
  mention: Mention,
  lexicon: ReadonlyMap<string, string>,
): Mention {
  if (mention.source === 'gazetteer') return mention;
  if (mention.type !== 'person' && mention.type !== 'organization') return mention;
  // Only words still inside the name: a title set aside before ("Minister Smith") stays as it is.
  if (!mention.text.startsWith(mention.name)) return mention;
  let words = mention.text.split(' ');
  let start = mention.start;
  const honorifics = [...mention.honorifics];
  let type = mention.type;
  const cut = (): void => {
    start += words[0]!.length + 1;
    words = words.slice(1);
  };
  // "Der Spiegel" is a name: an organisation loses its article only before a descriptor.
  const leads = (): boolean => mention.type === 'person' || isGermanRoleWord(words[1] ?? '');
  while (words.length > 1 && FUNCTION_WORDS.has(words[0]!.toLowerCase()) && leads()) cut();
  if (words.length > 1 && PLACE_GENITIVE.has(words[0]!)) cut();
  const lead = words[0] ?? '';
  let end = mention.end;
  if (words.length > 1 && COMPANY_ROLE.test(lead)) {
    honorifics.push(lead);
    type = 'organization';
    cut();
  } else if (words.length > 1 && PERSON_ROLE.test(lead) && mention.type === 'person') {
    honorifics.push(lead);
    cut();
    // "Regierungssprecher Steffen" + " Hebestreit": the surname the tagger left out.
    const next = /^ (\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(text.slice(end))?.[1];
    if (words.length === 1 && next !== undefined && lexicon.get(next.toLowerCase()) === undefined)
      end += next.length + 1;
  }
  const suffixed = words.length === 1 ? COMPANY_SUFFIX.exec(words[0]!) : null;
  if (suffixed !== null) {
    honorifics.push(words[0]!.slice(suffixed[1]!.length + 1));
    end = start + suffixed[1]!.length;
    type = 'organization';
  }
  if (start === mention.start && end === mention.end) return mention;
  const rest = text.slice(start, end);
  return {
    ...mention,
    start,
    end,
    type,
    text: rest,
    name: rest.replace(/['’]s?$/u, ''),
    honorifics,
  };
}
