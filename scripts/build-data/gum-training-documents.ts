// Which GUM train documents the tagger may learn from (licences checked one by one, see
// src/analysis/mentions/ner/README.md); the others are held out and only measured.

/** GUM genres whose texts are CC BY or CC BY-SA (GUM LICENSE.txt); the others are NC or unlisted. */
export const LICENSED_GENRES = ['academic', 'bio', 'court', 'interview', 'news', 'voyage'];

/**
 * GUM train documents of the genres LICENSE.txt does not list, whose source licenses the text
 * (each document's `meta::sourceURL`): OpenStax and Rebus Community textbooks (CC BY 4.0), and
 * speeches of US federal officials in office (US government works, public domain, 17 U.S.C. 105)
 * or published CC BY 4.0 (creativecommons.org). Speeches of others, the Texas OER textbook, the
 * vlogs and the conversations (Santa Barbara corpus, CC BY-ND) are left out.
 */
export const LICENSED_DOCUMENTS = [
  'GUM_textbook_anthropology', // openstax.org
  'GUM_textbook_artwork', // press.rebus.community
  'GUM_textbook_cognition', // openstax.org
  'GUM_textbook_entrepreneurship', // openstax.org
  'GUM_textbook_evoethics', // press.rebus.community
  'GUM_textbook_grit', // openstax.org
  'GUM_textbook_history', // openstax.org
  'GUM_textbook_sociology', // openstax.org
  'GUM_textbook_spacetime', // openstax.org
  'GUM_textbook_stats', // openstax.org
  'GUM_speech_floyd', // speaker.gov, the Speaker of the House
  'GUM_speech_maiden', // congress.gov, Congressional Record
  'GUM_speech_nixon', // presidency.ucsb.edu, President Nixon's address to the nation
  'GUM_speech_telescope', // whitehouse.gov
  'GUM_speech_school', // creativecommons.org blog, CC BY 4.0
];

/** True when train-ner.ts learns from the GUM document by default. */
export function isTaggerTrainingDocument(id: string): boolean {
  return LICENSED_GENRES.includes(id.split('_')[1] ?? '') || LICENSED_DOCUMENTS.includes(id);
}
