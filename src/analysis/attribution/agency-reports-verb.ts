// "IRNA reports that …", "the news agency reports that …": the name finder can read the agency and
// the verb as one plural noun ("IRNA reports", like "Unconfirmed reports"), which hides the cue.
// After an acronym or a noun of the press, and before "that", "reports" is the agency's verb.
const AGENCY_VERB =
  /(?:\b\p{Lu}{2,}[\p{Lu}\d-]*|\b(?:agency|broadcaster|newspaper|daily|outlet|channel|television|TV|radio|wire))\s+$/u;
const THAT_AFTER = /^\s+that\b/u;

/** True when the word at `from`–`to` is "reports" said by the news agency named just before it. */
export function isAgencyReportsVerb(text: string, from: number, to: number): boolean {
  return (
    text.slice(from, to) === 'reports' &&
    AGENCY_VERB.test(text.slice(Math.max(0, from - 40), from)) &&
    THAT_AFTER.test(text.slice(to, to + 8))
  );
}

// "Iran's state news agency IRNA", "the state broadcaster CCTV": the description before an
// agency's acronym is no part of its name.
const DESCRIBED_AGENCY =
  /^.*\b(?:agency|broadcaster|newspaper|daily|outlet|channel|television|radio|wire)\s+(\p{Lu}{2,}[\p{Lu}\d-]*)$/u;

/** The acronym of a news agency a speaker phrase describes before naming it, or the phrase. */
export function agencyName(phrase: string): string {
  return DESCRIBED_AGENCY.exec(phrase)?.[1] ?? phrase;
}
