import { AppError, byListAuthority, SCHEMAS } from '../core/index.ts';
import type { Hit, NameKind, NameQuery, ScreenResult, SourcedEntity } from '../core/index.ts';
import { elementReader, findCandidates, readingFor } from '../candidates/index.ts';
import type { IndexedForm } from '../candidates/index.ts';
import {
  identifierKeys,
  rememberAlignments,
  schemasCompatible,
  scoreEntity,
} from '../matching/index.ts';
import type { EntityForm, EntityMatch, QueryFacts } from '../matching/index.ts';
import { analyzeName, isMidNameHonorific } from '../names/index.ts';
import type { AnalyzedName, NameReading } from '../names/index.ts';
import { buildHit } from './build-hit.ts';
import { withNameAfterOfficeTitle } from './office-title-reading.ts';
import { withSeriesNumberReading } from './series-number-reading.ts';
import { ALGORITHM_VERSION, DEFAULT_THRESHOLD } from './screening-index.ts';
import type { ScreeningIndex } from './screening-index.ts';
import { validateQuery } from './validate-query.ts';

/** Readings of candidate names scored per query; the blocking score orders them. */
const MAX_CANDIDATE_FORMS = 16;
/** Readings of a query whose candidates are looked up on their own as well (see screenName). */
const LIKELIEST_READINGS = 3;
/** Entities scoring at least this on their candidate readings are rescored on all readings. */
const RESCORE_FROM = 0.55;
/** Position of the Person schema in SCHEMAS (ScreeningIndex.schemaOf). */
const PERSON_SCHEMA = SCHEMAS.indexOf('Person');
/** Hits far below the threshold are not worth returning, even under the limit. */
const MIN_REPORTED_SCORE = 0.5;

// Servers and batches screen the same names again and again (a customer base re-screened, a
// client retrying), and a query's analysis (romanisation, readings, keys) depends on its text and
// reading alone: the analyses of recent queries are kept. Dropped when full, not managed as LRU.
const ANALYSES = new Map<string, AnalyzedName>();
const MAX_ANALYSES = 5_000;

/** The analysis of a query name, remembered; callers must not change it. */
function analyzeQuery(name: string, reading: NameReading): AnalyzedName {
  const key = `${reading}|${name}`;
  let analyzed = ANALYSES.get(key);
  if (analyzed === undefined) {
    analyzed = analyzeName(name, reading, { query: true });
    if (reading === 'any') analyzed = withSeriesNumberReading(analyzed, name);
    analyzed = withNameAfterOfficeTitle(analyzed, name, reading);
    if (ANALYSES.size >= MAX_ANALYSES) ANALYSES.clear();
    ANALYSES.set(key, analyzed);
  }
  return analyzed;
}

// The listed schemas a query's schema may match, by position in SCHEMAS: the same few answers for
// every query, made once each.
const SCHEMAS_MATCHED = new Map<NonNullable<NameQuery['schema']>, Uint8Array>();

/** 1 at the position in SCHEMAS of each listed schema a query of `schema` may match; shared. */
function schemasMatchedBy(schema: NonNullable<NameQuery['schema']>): Uint8Array {
  let matched = SCHEMAS_MATCHED.get(schema);
  if (matched === undefined) {
    matched = Uint8Array.from(SCHEMAS, (listed) => (schemasCompatible(schema, listed) ? 1 : 0));
    SCHEMAS_MATCHED.set(schema, matched);
  }
  return matched;
}

/** The facts of a validated query that qualify name matches. */
function factsOf(query: NameQuery, honorifics: readonly string[]): QueryFacts {
  const facts: QueryFacts = { schema: query.schema ?? 'Any' };
  if (honorifics.length > 0) facts.honorifics = honorifics;
  if (query.birthDate !== undefined) facts.birthDate = query.birthDate;
  if (query.country !== undefined) facts.country = query.country;
  if (query.identifiers !== undefined) facts.identifiers = query.identifiers;
  return facts;
}

/** Positions of the entities that carry one of the query's identifiers. */
function identifiedEntities(index: ScreeningIndex, identifiers: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const value of identifiers) {
    for (const key of identifierKeys(value)) {
      for (const position of index.byIdentifier.get(key) ?? []) found.add(position);
    }
  }
  return found;
}

/** Direct readers of an index's arrays, which a loaded snapshot makes lazily (see elementReader). */
interface IndexReaders {
  entity: (position: number) => SourcedEntity | undefined;
  form: (id: number) => IndexedForm | undefined;
  formsOf: (position: number) => readonly number[] | undefined;
}

const READERS = new WeakMap<ScreeningIndex, IndexReaders>();

/** The readers of an index's entities, forms and forms by entity, made once per index. */
function readersOf(index: ScreeningIndex): IndexReaders {
  let readers = READERS.get(index);
  if (readers === undefined) {
    readers = {
      entity: elementReader(index.entities),
      form: elementReader(index.candidates.forms),
      formsOf: elementReader(index.candidates.formsByEntity),
    };
    READERS.set(index, readers);
  }
  return readers;
}

/** The index's forms of one entity as the matcher wants them. */
function entityForms(
  index: ScreeningIndex,
  position: number,
  ids?: readonly number[],
): EntityForm[] {
  const read = readersOf(index);
  const all = ids ?? read.formsOf(position) ?? [];
  // IndexedForm already has the EntityForm shape, so the index's own objects are passed through.
  const forms: EntityForm[] = [];
  for (const id of all) forms.push(read.form(id)!);
  return forms;
}

/**
 * Screens one name against the loaded lists: validates the query, finds candidates through the
 * blocking index, scores each candidate entity with its qualifiers, and returns the best hits with
 * explanations; `match` is set at the query's threshold (DEFAULT_THRESHOLD when absent).
 */
export function screenName(index: ScreeningIndex, query: NameQuery): ScreenResult {
  const loaded = index.lists.map((l) => l.list);
  const valid = validateQuery(query, loaded, DEFAULT_THRESHOLD);
  const schema = valid.schema;
  const analyzed = analyzeQuery(valid.name, readingFor(schema));
  const listMask = new Uint8Array(index.lists.length);
  for (const list of valid.lists) listMask[loaded.indexOf(list)] = 1;
  const schemaOk = schemasMatchedBy(schema);
  const acceptEntity = (position: number): boolean =>
    listMask[index.listOf[position]!] === 1 && schemaOk[index.schemaOf[position]!] === 1;
  // Most queries screen every list with any schema: the filter is left out when it keeps all.
  const filtered = listMask.includes(0) || schemaOk.includes(0);
  // An organisation's or a vessel's name that is exactly the query keeps a place among its
  // candidates (see completeForms); a person's is left to the blocking score as before.
  const keepsComplete = (position: number): boolean =>
    index.schemaOf[position] !== PERSON_SCHEMA && (!filtered || acceptEntity(position));
  const candidateOptions = {
    maxForms: MAX_CANDIDATE_FORMS,
    titles: analyzed.honorifics.filter(isMidNameHonorific),
    ...(filtered ? { acceptEntity } : {}),
    ...(schema === 'Person' ? {} : { keepsComplete }),
  };
  const formIds =
    analyzed.forms.length === 0
      ? []
      : findCandidates(index.candidates, analyzed.forms, candidateOptions);
  // A query in Arabic, Cyrillic or Hebrew letters keeps six readings; its later spellings can
  // crowd the first readings' candidates out of the budget ("إبراهيم أمين السيد" lost AL-SAYYID,
  // Ibrahim Amin to other Ibrahims), so what the likeliest readings find alone is kept too. A
  // search that only reserved places for them (CandidateOptions.reserved, session 10) ranked their
  // forms by the scores of all readings and lost three blind-set rows; a search of their own does
  // not.
  if (analyzed.forms.length > LIKELIEST_READINGS) {
    const seen = new Set(formIds);
    const likeliest = analyzed.forms.slice(0, LIKELIEST_READINGS);
    for (const id of findCandidates(index.candidates, likeliest, candidateOptions))
      if (!seen.has(id)) formIds.push(id);
  }
  // Readings that other readings' words crowd out of the budget are searched alone as well.
  const alone = analyzed.forms.filter((form) => form.searchedAlone === true);
  if (alone.length > 0) {
    const seen = new Set(formIds);
    for (const id of findCandidates(index.candidates, alone, candidateOptions))
      if (!seen.has(id)) formIds.push(id);
  }
  const read = readersOf(index);
  const byEntity = new Map<number, number[]>();
  for (const id of formIds) {
    const entity = index.candidates.formEntity[id]!;
    const list = byEntity.get(entity);
    if (list === undefined) byEntity.set(entity, [id]);
    else list.push(id);
  }
  // Entities sharing an identifier with the query are candidates whatever their names.
  for (const position of identifiedEntities(index, valid.identifiers ?? [])) {
    if (!acceptEntity(position)) continue;
    byEntity.set(position, [...(read.formsOf(position) ?? [])]);
  }
  const facts = factsOf(valid, analyzed.honorifics);
  const weigh = index.candidates.rarity.weigh;
  const align = rememberAlignments(weigh);
  const floor = Math.min(MIN_REPORTED_SCORE, valid.threshold);
  const scored: { position: number; match: EntityMatch }[] = [];
  for (const [position, ids] of byEntity) {
    const entity = read.entity(position)!.entity;
    // Alias support asks for all of an entity's readings once per candidate reading: made once.
    let allForms: EntityForm[] | undefined;
    const all = (): EntityForm[] => (allForms ??= entityForms(index, position));
    let match = scoreEntity(
      analyzed.forms,
      facts,
      entity,
      entityForms(index, position, ids),
      all,
      weigh,
      align,
      floor,
    );
    // Blocking picks readings by key overlap, not by score; a plausible hit is rescored over all
    // its names so that its best name (and explanation) is never one the blocking cut left out.
    const total = read.formsOf(position)?.length ?? 0;
    if (match !== undefined && match.score >= RESCORE_FROM && total > ids.length) {
      // The reading found first is among all of them, so its name score is reached again.
      const reached = match.nameScore;
      match =
        scoreEntity(analyzed.forms, facts, entity, all(), all, weigh, align, floor, reached) ??
        match;
    }
    if (match !== undefined && match.score >= floor) {
      scored.push({ position, match });
    }
  }
  // Equal scores (one person's records on several lists, most often) come in list authority
  // order, the UN first, then in list order: not in the order blocking happened to reach them.
  // Within one list, an entity's own name comes before another's alias: "Mohamed Mire" is first
  // OFAC's "Mohamed MIRE", then another man whose OFAC alias is "MIRE, Mohamed".
  const listOf = (position: number) => index.lists[index.listOf[position]!]!;
  const kindOf = ({ position, match }: { position: number; match: EntityMatch }) =>
    NAME_KIND_ORDER[read.entity(position)!.entity.names[match.name]?.kind ?? 'alias'];
  scored.sort(
    (a, b) =>
      b.match.score - a.match.score ||
      b.match.nameScore - a.match.nameScore ||
      byListAuthority(listOf(a.position), listOf(b.position)) ||
      kindOf(a) - kindOf(b) ||
      a.position - b.position,
  );
  const results: Hit[] = scored
    .slice(0, valid.limit)
    .map(({ position, match }) =>
      buildHit(
        valid.name,
        analyzed,
        read.entity(position)!.entity,
        match,
        valid.threshold,
        ALGORITHM_VERSION,
        index.lists,
        weigh,
      ),
    );
  return {
    query: valid,
    results,
    lists: index.lists.filter((l) => valid.lists.includes(l.list)),
    algorithm: ALGORITHM_VERSION,
  };
}

/**
 * Scores a query against one chosen entity, even far below the threshold, to answer "why not?";
 * throws NOT_FOUND for an unknown entity id. A schema that cannot match scores 0.
 */
export function explainPair(index: ScreeningIndex, query: NameQuery, entityId: string): Hit {
  const position = index.byId.get(entityId);
  if (position === undefined) {
    throw new AppError('NOT_FOUND', `No loaded entity has the id '${entityId}'.`, {
      details: { entityId },
    });
  }
  const loaded = index.lists.map((l) => l.list);
  const valid = validateQuery(query, loaded, DEFAULT_THRESHOLD);
  const entity = index.entities[position]!.entity;
  const analyzed = analyzeQuery(valid.name, readingFor(valid.schema));
  const forms = entityForms(index, position);
  const weigh = index.candidates.rarity.weigh;
  const match = scoreEntity(
    analyzed.forms,
    factsOf(valid, analyzed.honorifics),
    entity,
    forms,
    () => forms,
    weigh,
  );
  if (match === undefined) {
    throw new AppError('QUERY_INVALID', `The entity '${entityId}' has no name to compare with.`);
  }
  if (!schemasCompatible(valid.schema, entity.schema)) {
    match.qualifiers.push({
      qualifier: 'schema',
      contribution: -match.score,
      detail: `a ${valid.schema} query never matches a listed ${entity.schema}`,
    });
    match.score = 0;
  }
  return buildHit(
    valid.name,
    analyzed,
    entity,
    match,
    valid.threshold,
    ALGORITHM_VERSION,
    index.lists,
    weigh,
  );
}

/** Among hits of equal score, the kind of name matched: an entity's own names first. */
const NAME_KIND_ORDER: Record<NameKind, number> = {
  primary: 0,
  'original-script': 0,
  alias: 1,
  former: 2,
  'weak-alias': 3,
};

/** All of an entity's readings, scored at once. */
function firstIsAll(all: EntityForm[]): { first: EntityForm[]; all: EntityForm[] } {
  return { first: all, all };
}

/**
 * Scores one query against chosen entities only (positions in the index) and returns the hits at
 * or above the query's threshold, best first, without a candidate search. Each entity is scored on
 * the `first` of the readings `readingsOf` gives for it (all of the index's when not given), and a
 * pair reaching RESCORE_FROM on fewer than `all` is rescored on all, as screenName does with its
 * candidate readings. The delta re-screen gives the readings a subject shares keys with first, and
 * keeps each entity's readings for the whole run (screenPairs).
 * Entities of a schema the query cannot match are left out.
 */
export function screenAgainst(
  index: ScreeningIndex,
  query: NameQuery,
  positions: Iterable<number>,
  readingsOf?: (position: number) => { first: EntityForm[]; all: EntityForm[] },
): Hit[] {
  const loaded = index.lists.map((l) => l.list);
  const valid = validateQuery(query, loaded, DEFAULT_THRESHOLD);
  const analyzed = analyzeQuery(valid.name, readingFor(valid.schema));
  const facts = factsOf(valid, analyzed.honorifics);
  const weigh = index.candidates.rarity.weigh;
  const hits: Hit[] = [];
  for (const position of positions) {
    const entity = index.entities[position]?.entity;
    if (entity === undefined || !schemasCompatible(valid.schema, entity.schema)) continue;
    const { first, all } = readingsOf?.(position) ?? firstIsAll(entityForms(index, position));
    let match = scoreEntity(analyzed.forms, facts, entity, first, () => all, weigh);
    if (match !== undefined && match.score >= RESCORE_FROM && first.length < all.length)
      match = scoreEntity(analyzed.forms, facts, entity, all, () => all, weigh) ?? match;
    if (match === undefined || match.score < valid.threshold) continue;
    hits.push(
      buildHit(
        valid.name,
        analyzed,
        entity,
        match,
        valid.threshold,
        ALGORITHM_VERSION,
        index.lists,
        weigh,
      ),
    );
  }
  return hits.sort((a, b) => b.score - a.score);
}
