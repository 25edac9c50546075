import type { ListEntity, NameKind, QualifierEffect, Schema } from '../core/index.ts';
import type { NameForm } from '../names/index.ts';
import { alignNamesFrom } from './align-names.ts';
import { ALIAS_SUPPORT_FROM } from './alignment-costs.ts';
import { supportTest, withAliasSupport } from './alias-support.ts';
import type { NameAlignment, TokenWeigher } from './align-names.ts';
import { identifierEffect } from './match-identifiers.ts';
import {
  commonAliasFactor,
  DROPPED_GIVEN_NAME_FACTOR,
  isShortName,
  matchedNameWeights,
  SHORT_ALIAS_FACTOR,
  specificityWeight,
} from './name-evidence.ts';
import type { MatchedNameWeights } from './name-evidence.ts';
import type { AlignReadings } from './remember-alignments.ts';
import {
  abjadSpelledReading,
  honorificOf,
  isSingleHolderTitle,
  spelledReading,
} from '../names/index.ts';
import { birthDateEffect, countryEffect } from './qualifiers.ts';
import { SHARED_TITLE_WEIGHT, sharedTitle, withSharedTitle } from './shared-title.ts';
import { restsOnTypo, TYPO_ONLY_FACTOR } from './typo-evidence.ts';
import {
  conflictsWithSourceLetters,
  SOURCE_LETTER_CONFLICT_FACTOR,
} from './source-letter-evidence.ts';
import { COMMON_ORGANISATION_PART_FACTOR, commonPartOfName } from './organisation-evidence.ts';
import { GIVEN_NAME_ALONE_FACTOR, isGivenNameAlone } from './given-name-alone.ts';
import { isIdentity } from './is-identity.ts';
import {
  COMMON_NAME_BY_LIKENESS_FACTOR,
  meetsRarerNameByLikeness,
} from './common-name-by-likeness.ts';
import { LEFT_OUT_RARE_NAME_FACTOR, leavesOutRareName } from './left-out-rare-name.ts';
import { matchesPartOfOtherAlias, PART_OF_OTHER_ALIAS_FACTOR } from './part-of-other-alias.ts';
import { namingConventionEffects } from './naming-convention-effects.ts';
import { DISAGREEING_NAME_FACTOR, leavesOutDisagreeingName } from './disagreeing-name.ts';
import { SWAPPED_COMMON_NAMES_FACTOR, swapsTwoCommonNames } from './swapped-common-names.ts';
import {
  givenNameIndex,
  matchesMiddleNamesOnly,
  MIDDLE_NAMES_ONLY_FACTOR,
} from './middle-names-only.ts';

/** The non-name facts of a query that qualify a name match. */
export interface QueryFacts {
  schema: Schema | 'Any';
  birthDate?: string;
  country?: string;
  /** Identifiers as the query gives them; compared after normalisation. */
  identifiers?: readonly string[];
  /** Honorifics the query's name carried, set aside by analyzeName (mullah, mawlawi …). */
  honorifics?: readonly string[];
}

/** One reading of one of the entity's names, as the index holds it. */
export interface EntityForm {
  name: number;
  kind: NameKind;
  form: NameForm;
}

/** The best way a query matches one entity. */
export interface EntityMatch {
  /** Final score, 0..1. */
  score: number;
  /** Name score after weak-alias and former-name adjustments, before other qualifiers. */
  nameScore: number;
  /** Position of the matched name in `entity.names`. */
  name: number;
  queryForm: NameForm;
  listedForm: NameForm;
  alignment: NameAlignment;
  qualifiers: QualifierEffect[];
}

/** Weak aliases (OFAC FAQ 122) confirm a hit but cannot raise one alone: an exact one scores 0.7. */
export const WEAK_ALIAS_FACTOR = 0.7;
/** What a match on a former name costs. */
export const FORMER_NAME_PENALTY = -0.03;
/** Qualifiers only adjust names that already look alike, as in logic-v2. */
export const QUALIFIER_MIN_NAME_SCORE = 0.5;

/**
 * How far under a name score already reached a reading's ceiling may fall and the reading still be
 * aligned: the ceiling sums the parts of the score in another order, so a reading that ties with
 * the best (and, first in order, must stay the best) can come out a rounding under it (session 20:
 * "PAE WON UK" lost EU's primary "Won Chol PAE" to its Hangul alias at the same 0.6201).
 */
const CEILING_ROUNDING = 1e-9;

const EMPTY_FORM: NameForm = { tokens: [], romanised: false, syllabic: false };

/**
 * Scores a query against one entity: aligns every query reading with every candidate reading of
 * the entity's names, keeps the best, credits query tokens found in the entity's other names
 * ("Alhaj Khalifa Sirajuddin Haqqani" where Khalifa is an alias), discounts weak aliases, then adds
 * birth-date and country qualifiers. `align` may remember alignments across calls (see
 * rememberAlignments). Readings that provably score under `floor` are left out (scoreCeiling): an
 * entity scoring under it may come back as undefined or with another reading under it, and one
 * scoring at or above it comes back as it would with no floor. `reached` is a name score one of
 * `candidates` is known to reach (a first pass over some of them): readings that provably cannot
 * beat it are not aligned in full.
 */
export function scoreEntity(
  queryForms: readonly NameForm[],
  facts: QueryFacts,
  entity: ListEntity,
  candidates: readonly EntityForm[],
  allForms: () => readonly EntityForm[],
  weigh: TokenWeigher,
  align: AlignReadings = (query, listed, floor, supportable) =>
    alignNamesFrom(query, listed, weigh, floor ?? 0, supportable),
  floor = 0,
  reached = 0,
): EntityMatch | undefined {
  let best: EntityMatch | undefined;
  // An identifier-only query has no reading; one empty reading still yields an explained match.
  const forms = queryForms.length > 0 ? queryForms : [EMPTY_FORM];
  const title = sharedTitle(facts.honorifics, entity);
  // A reading whose name score stays under the floor leaves the entity under it, as long as the
  // floor is at most QUALIFIER_MIN_NAME_SCORE, under which birth date and country add nothing. A
  // shared title (which the ceiling does not count) and an identifier (which counts whatever the
  // name says) can lift such a reading, so with either every reading is aligned in full.
  const readingFloor =
    title === undefined && facts.identifiers === undefined
      ? Math.min(floor, QUALIFIER_MIN_NAME_SCORE)
      : 0;
  const supportable = readingFloor > 0 ? supportTest(allForms) : undefined;
  const person = entity.schema === 'Person';
  for (const form of forms) {
    // A foreign-name guess at a Chinese name is a reading of a person's name only (NameForm).
    if (form.foreignGuess === true && !person) continue;
    for (const candidate of candidates) {
      // A Han or Hangul query is read as the listed Latin name when that spells its characters,
      // an Arabic-script or Hebrew one when that spells its letters.
      const queryForm =
        form.characters !== undefined
          ? (spelledReading(form, candidate.form, person) ?? form)
          : form.source !== undefined
            ? (abjadSpelledReading(form, candidate.form) ?? form)
            : form;
      // A reading that cannot beat the best name score so far (or one known to be reached) is
      // skipped below, so a reading whose ceiling stays under it need not be aligned in full
      // either. Only with a reading floor: a shared title and an identifier are left out of the
      // ceiling.
      const pairFloor =
        readingFloor > 0
          ? Math.max(readingFloor, Math.max(reached, best?.nameScore ?? 0) - CEILING_ROUNDING)
          : readingFloor;
      let alignment = align(queryForm, candidate.form, pairFloor, supportable);
      if (alignment === undefined) continue;
      if (title !== undefined) alignment = withSharedTitle(alignment, title, candidate.form);
      // Alias support can only lift a name that already half-matches; skipping the rest saves time.
      if (alignment.unmatchedQuery.length > 0 && alignment.score >= ALIAS_SUPPORT_FROM) {
        alignment = withAliasSupport(alignment, queryForm, allForms, candidate, weigh);
      }
      const score = alignment.score;
      // Every name qualifier below only takes from the score (factors under 1, a penalty), so a
      // reading whose score cannot beat the best name score so far cannot become the best: most
      // readings of a candidate are such, and their qualifiers are not worth working out.
      if (best !== undefined && score <= best.nameScore) continue;
      const qualifiers: QualifierEffect[] = [];
      if (candidate.kind === 'weak-alias') {
        qualifiers.push({
          qualifier: 'weakAlias',
          contribution: round(score * (WEAK_ALIAS_FACTOR - 1)),
          detail: 'matched a weak alias, which the list says is not enough for a hit alone',
        });
      } else if (
        candidate.kind === 'alias' &&
        entity.schema === 'Person' &&
        isShortName(candidate.form) &&
        !(title !== undefined && isSingleHolderTitle(title))
      ) {
        // A short alias beside a shared one-holder title ("Patriarch Kirill") names that holder.
        qualifiers.push({
          qualifier: 'weakAlias',
          contribution: round(score * (SHORT_ALIAS_FACTOR - 1)),
          detail: 'matched a short alias (one name beside titles), which counts as a weak alias',
        });
      } else if (candidate.kind === 'former') {
        qualifiers.push({
          qualifier: 'nameKind',
          contribution: FORMER_NAME_PENALTY,
          detail: 'matched a former name',
        });
      }
      const names = namesOf(alignment, queryForm, candidate.form);
      // A person's alias, or a part of a longer name, made only of names that many listed
      // entities bear says little about who is meant: given names come from a shared pool, so
      // their combinations recur by chance. A full primary name is what the list asks to be
      // matched, and an organisation's name is chosen to be told apart ("Islamic State").
      const partial = alignment.unmatchedListed.some((j) => isIdentity(candidate.form.tokens[j]!));
      if (
        entity.schema === 'Person' &&
        (candidate.kind === 'alias' || partial) &&
        qualifiers.length === 0
      ) {
        const factor = commonAliasFactor(names);
        if (factor < 1) {
          qualifiers.push({
            qualifier: 'coverage',
            contribution: round(score * (factor - 1)),
            detail: `matched ${partial ? 'part of a name' : 'an alias'} made only of names many listed entities bear`,
          });
        }
      }
      if (
        entity.schema === 'Person' &&
        qualifiers.length === 0 &&
        matchesPartOfOtherAlias(alignment, candidate, allForms(), names.rare)
      ) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (PART_OF_OTHER_ALIAS_FACTOR - 1)),
          detail:
            'matched part of an alias that is another name than the listed one, by common names',
        });
      }
      if (
        entity.schema === 'Person' &&
        qualifiers.length === 0 &&
        leavesOutRareName(alignment, candidate.form, names.rare, weigh)
      ) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (LEFT_OUT_RARE_NAME_FACTOR - 1)),
          detail:
            'the names matched are not rare, and the rare listed name that says who is meant is missing',
        });
      }
      if (entity.schema === 'Person' && dropsGivenName(alignment, candidate, entity, names)) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (DROPPED_GIVEN_NAME_FACTOR - 1)),
          detail:
            'the listed given name is missing and the common names matched are the ones after it (a father’s or family name)',
        });
      } else if (
        entity.schema === 'Person' &&
        matchesMiddleNamesOnly(alignment, candidate.form, entity.names[candidate.name]?.full ?? '')
      ) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (MIDDLE_NAMES_ONLY_FACTOR - 1)),
          detail:
            'only names between the listed given name and family name are matched (a father’s or grandfather’s)',
        });
      }
      if (entity.schema === 'Person') {
        const full = entity.names[candidate.name]?.full ?? '';
        qualifiers.push(...namingConventionEffects(alignment, queryForm, candidate.form, full));
      }
      if (
        entity.schema === 'Person' &&
        swapsTwoCommonNames(
          alignment,
          queryForm,
          candidate.form,
          entity.names[candidate.name]?.full ?? '',
          names,
        )
      ) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (SWAPPED_COMMON_NAMES_FACTOR - 1)),
          detail:
            'two common names matched in the other order (a given name for a father’s or family name)',
        });
      }
      if (
        entity.schema === 'Person' &&
        leavesOutDisagreeingName(alignment, queryForm, candidate.form)
      ) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (DISAGREEING_NAME_FACTOR - 1)),
          detail:
            'a query word taken for a particle is a name here, and the listed name leaves out a name of that kind: they disagree',
        });
      }
      if (entity.schema === 'Person' && isGivenNameAlone(queryForm, candidate.form)) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (GIVEN_NAME_ALONE_FACTOR - 1)),
          detail: 'the query is one given name, which many people bear',
        });
      }
      if (entity.schema === 'Person' && restsOnTypo(alignment, queryForm, candidate.form)) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (TYPO_ONLY_FACTOR - 1)),
          detail: 'the only rare name matched is spelt two letters off, beside common names',
        });
      }
      if (
        entity.schema === 'Person' &&
        meetsRarerNameByLikeness(alignment, queryForm, candidate.form, weigh)
      ) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (COMMON_NAME_BY_LIKENESS_FACTOR - 1)),
          detail: 'a common name of the query met a rarer listed name only by likeness of spelling',
        });
      }
      if (conflictsWithSourceLetters(alignment, queryForm, candidate.form)) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (SOURCE_LETTER_CONFLICT_FACTOR - 1)),
          detail:
            'a listed name matched by likeness is not a spelling of the letters the query is written in',
        });
      }
      if (
        (entity.schema === 'Organization' || entity.schema === 'LegalEntity') &&
        qualifiers.length === 0 &&
        commonPartOfName(alignment, candidate.form)
      ) {
        qualifiers.push({
          qualifier: 'coverage',
          contribution: round(score * (COMMON_ORGANISATION_PART_FACTOR - 1)),
          detail: 'matched part of a name with words many listed names share',
        });
      }
      const nameScore = score + qualifiers.reduce((sum, q) => sum + q.contribution, 0);
      if (best === undefined || nameScore > best.nameScore) {
        best = {
          score: nameScore,
          nameScore,
          name: candidate.name,
          queryForm,
          listedForm: candidate.form,
          alignment,
          qualifiers,
        };
      }
    }
  }
  if (best === undefined) return undefined;
  if (best.nameScore >= QUALIFIER_MIN_NAME_SCORE) {
    if (facts.birthDate !== undefined) {
      const effect = birthDateEffect(facts.birthDate, entity.birthDates);
      if (effect !== undefined) best.qualifiers.push(effect);
    }
    if (facts.country !== undefined) {
      const effect = countryEffect(facts.country, entity.nationalities, entity.countries);
      if (effect !== undefined) best.qualifiers.push(effect);
    }
  }
  const factTotal = best.qualifiers
    .filter((q) => q.qualifier === 'birthDate' || q.qualifier === 'country')
    .reduce((sum, q) => sum + q.contribution, 0);
  best.score = Math.max(0, Math.min(1, best.nameScore + factTotal));
  // An identifier match counts whatever the name says: vessels are renamed, people use aliases.
  if (facts.identifiers !== undefined) {
    const effect = identifierEffect(facts.identifiers, entity, best.score);
    if (effect !== undefined) {
      best.qualifiers.push(effect);
      best.score = Math.min(1, best.score + effect.contribution);
    }
  }
  return best;
}

/** The weights of the matched parts that hold a listed name, and whether one of them is rare. */
function namesOf(alignment: NameAlignment, query: NameForm, listed: NameForm): MatchedNameWeights {
  const names = matchedNameWeights(
    alignment.edges.map((e) =>
      specificityWeight(
        e.weight,
        listed.tokens.slice(e.rFrom, e.rTo),
        query.tokens.slice(e.qFrom, e.qTo),
      ),
    ),
    alignment.edges.map((e) => listed.tokens.slice(e.rFrom, e.rTo).some(isIdentity)),
  );
  // A shared title is one more part that says who is meant (shared-title.ts).
  if (alignment.sharedTitle === undefined) return names;
  return { ...names, specificity: names.specificity + SHARED_TITLE_WEIGHT };
}

/**
 * True when a query of common names matches a listed person's name without its given name, and
 * with two or more of its other parts: in Arabic and Persian names those are the father's and the
 * family's names, so the query names another man of the family (Mahmoud Abbas is not ALI MAHMOUD
 * ABBAS). The given name is the first part, or in a name written surname first the first word
 * after the comma (session 19: "Mohammed Assaf", a singer, is not ASSAF, Nabil Muhammad). A given
 * Muhammad or Sayyid is exempt: it opens compound given names and everyday use drops it (Hassan
 * Akhund for MOHAMMAD HASSAN AKHUND).
 */
function dropsGivenName(
  alignment: NameAlignment,
  candidate: EntityForm,
  entity: ListEntity,
  names: MatchedNameWeights,
): boolean {
  if (names.rare || alignment.edges.length < 2) return false;
  const full = entity.names[candidate.name]?.full ?? '';
  const given = full.includes(',') ? givenNameIndex(candidate.form.tokens, full) : 0;
  if (given === undefined) return false;
  const first = candidate.form.tokens[given];
  if (first === undefined || first.role !== 'name' || !alignment.unmatchedListed.includes(given))
    return false;
  if (first.keys.includes('muhammad') || first.keys.includes('sayyid')) return false;
  if (honorificOf(first.text) !== undefined) return false;
  const matchedNames = alignment.edges.filter((e) =>
    candidate.form.tokens.slice(e.rFrom, e.rTo).some((t) => t.role === 'name'),
  );
  return matchedNames.length >= 2;
}

/** Rounds to 3 decimals for explanations. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
