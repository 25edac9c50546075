import type { ListEntity, NameKind } from '../core/index.ts';
import { religiousTitlesOf } from '../matching/index.ts';
import { analyzeName } from '../names/index.ts';
import type { NameForm } from '../names/index.ts';
import { GRAM_CODES } from './blocking-keys.ts';
import {
  addForm,
  analysisKey,
  createBuilder,
  intern,
  readingFor,
  titleTerm,
  type EarlierReadings,
} from './candidate-index.ts';
import { kindCode, ReadingTables, type CandidateSections } from './candidate-snapshot.ts';
import { Int32List } from './int32-list.ts';
import { addPosting, finishPostings } from './posting-lists.ts';

/**
 * Builds the snapshot sections of a candidate index entity by entity, keeping no entity and no
 * name reading once filed: what buildCandidateIndex and writeCandidateIndex make together, byte
 * for byte, in memory that grows with the numbers they write rather than with objects. A snapshot
 * of 283,000 entities kept every reading object (and every entity) until it was written, 1.5 GB.
 *
 * A name met again (UN, EU and UK list the same names) is not analysed again: its readings are
 * filed as the first time, from what was recorded then (the reading postings and blocking terms of
 * each distinct form, the rarity keys it counts), so no form object has to be kept for it.
 */
export class CandidateTableBuilder {
  private readonly formTerms = new Int32List();
  private readonly builder = createBuilder(this.formTerms);
  private readonly readings = new ReadingTables();
  private readonly earlier: EarlierReadings | undefined;
  private entityCount = 0;
  // One entry per indexed form (entity, name, reading).
  private readonly indexedName = new Int32List();
  private readonly indexedKind = new Int32List();
  private readonly indexedForm = new Int32List();
  private readonly formEntity = new Int32List();
  private readonly formTermStart = new Int32List();
  private readonly entityFormStart = new Int32List();
  /** Analysis key → where `nameForms` holds its number of forms, then their numbers. */
  private readonly nameAt = new Map<string, number>();
  private readonly nameForms = new Int32List();
  /**
   * Per distinct form: where `filed` holds what filing it did, as three counted runs: the slots of
   * the reading postings it added, its blocking terms, the ids of the rarity keys it carries.
   */
  private readonly filedAt = new Int32List();
  private readonly filed = new Int32List();
  /** Rarity keys (token texts and equivalence keys) in first-met order, with their counts. */
  private readonly countIds = new Map<string, number>();
  private readonly countKeys: string[] = [];
  private readonly countValues = new Int32List();
  /** The last entity that counted each rarity key, so each entity counts a key once. */
  private readonly countedBy = new Int32List();

  constructor(earlier?: EarlierReadings) {
    this.earlier = earlier;
    this.entityFormStart.push(0);
  }

  /** Files the names of the next entity (entities are numbered in the order they are added). */
  addEntity(entity: ListEntity): void {
    const entityIndex = this.entityCount++;
    const reading = readingFor(entity.schema);
    const titles = [...religiousTitlesOf(entity)].map((title) =>
      intern(this.builder, titleTerm(title)),
    );
    entity.names.forEach((name, nameIndex) => {
      const key = analysisKey(reading, name.full);
      const at = this.nameAt.get(key);
      if (at !== undefined) {
        const count = this.nameForms.at(at);
        for (let k = 1; k <= count; k++)
          this.fileForm(entityIndex, nameIndex, name.kind, this.nameForms.at(at + k), titles);
        return;
      }
      const forms = this.earlier?.(key) ?? analyzeName(name.full, reading).forms;
      this.nameAt.set(key, this.nameForms.length);
      this.nameForms.push(forms.length);
      for (const form of forms)
        this.nameForms.push(this.fileForm(entityIndex, nameIndex, name.kind, form, titles));
    });
    this.entityFormStart.push(this.indexedForm.length);
  }

  /** Files one reading of one name (a form object, or the number of one filed before). */
  private fileForm(
    entityIndex: number,
    nameIndex: number,
    kind: NameKind,
    form: NameForm | number,
    titles: readonly number[],
  ): number {
    const builder = this.builder;
    const id = this.indexedForm.length;
    const formId = typeof form === 'number' ? form : this.readings.formOf(form);
    this.indexedName.push(nameIndex);
    this.indexedKind.push(kindCode(kind));
    this.indexedForm.push(formId);
    this.formEntity.push(entityIndex);
    this.formTermStart.push(this.formTerms.length);
    if (formId < this.filedAt.length) this.refile(formId, id);
    else this.fileNew(form as NameForm, id);
    for (const term of titles) {
      addPosting(builder.readings, term, id);
      this.formTerms.push(term);
    }
    const filed = this.filed;
    let at = this.filedAt.at(formId);
    at += 1 + filed.at(at);
    at += 1 + filed.at(at);
    const keys = filed.at(at);
    for (let k = at + 1; k <= at + keys; k++) {
      const key = filed.at(k);
      if (this.countedBy.at(key) === entityIndex) continue;
      this.countedBy.set(key, entityIndex);
      this.countValues.set(key, this.countValues.at(key) + 1);
    }
    return formId;
  }

  /** Files a form met for the first time, recording what that did for the next time. */
  private fileNew(form: NameForm, id: number): void {
    const builder = this.builder;
    const postingsBefore = builder.readings.size;
    const termsBefore = this.formTerms.length;
    addForm(builder, form, id);
    const filed = this.filed;
    this.filedAt.push(filed.length);
    filed.push(builder.readings.size - postingsBefore);
    for (let i = postingsBefore; i < builder.readings.size; i++)
      filed.push(builder.readings.slots[i]!);
    filed.push(this.formTerms.length - termsBefore);
    for (let i = termsBefore; i < this.formTerms.length; i++) filed.push(this.formTerms.at(i));
    const keysAt = filed.length;
    filed.push(0);
    for (const token of form.tokens) {
      filed.push(this.countId(token.text));
      for (const key of token.keys) filed.push(this.countId(key));
    }
    filed.set(keysAt, filed.length - keysAt - 1);
  }

  /** Files a form filed before under the new indexed form `id`, as addForm did then. */
  private refile(formId: number, id: number): void {
    const filed = this.filed;
    let at = this.filedAt.at(formId);
    const postings = filed.at(at);
    for (let k = at + 1; k <= at + postings; k++)
      addPosting(this.builder.readings, filed.at(k), id);
    at += 1 + postings;
    const terms = filed.at(at);
    for (let k = at + 1; k <= at + terms; k++) this.formTerms.push(filed.at(k));
  }

  /** The id of a rarity key, assigned when first met. */
  private countId(key: string): number {
    let id = this.countIds.get(key);
    if (id === undefined) {
      id = this.countKeys.length;
      this.countIds.set(key, id);
      this.countKeys.push(key);
      this.countValues.push(0);
      this.countedBy.push(-1);
    }
    return id;
  }

  /** The sections of the index built, for writeCandidateSections. */
  finish(): CandidateSections {
    const builder = this.builder;
    this.formTermStart.push(this.formTerms.length);
    const termCount = builder.terms.size;
    const grams = finishPostings(builder.grams, GRAM_CODES);
    return {
      terms: [...builder.terms.keys()],
      countKeys: this.countKeys,
      countValues: this.countValues.toInt32Array(),
      readings: this.readings,
      indexedName: this.indexedName.toInt32Array(),
      indexedKind: this.indexedKind.toUint8Array(),
      indexedForm: this.indexedForm.toInt32Array(),
      entityFormStart: this.entityFormStart.toInt32Array(),
      postings: {
        readings: finishPostings(builder.readings, termCount),
        keyed: finishPostings(builder.keyed, termCount * 3),
        grams,
      },
      gramLengths: Uint8Array.from(grams.values, (term) => builder.gramCount[term] ?? 0),
      formEntity: this.formEntity.toInt32Array(),
      formTermStart: this.formTermStart.toInt32Array(),
      formTerms: this.formTerms.toInt32Array(),
      entityCount: this.entityCount,
    };
  }
}
