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
import { StringInterner } from './string-interner.ts';
import { addPosting, createPostingBuilder, finishPostings } from './posting-lists.ts';
import type { PostingLists } from './posting-lists.ts';

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
  /** The builder's terms, numbered as met, kept as bytes (see StringInterner). */
  private terms = new StringInterner();
  private readonly builder = createBuilder(this.formTerms, this.terms);
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
  /** Analysis keys met, numbered; `nameAt` holds, by that number, where `nameForms` holds … */
  private nameKeys = new StringInterner();
  /** … the name's number of forms, then their numbers. */
  private readonly nameAt = new Int32List();
  private readonly nameForms = new Int32List();
  /**
   * Per distinct form: where `filed` holds what filing it did, as two counted runs: its blocking
   * terms and its merges (the terms of the reading postings it added, in order).
   */
  private readonly filedAt = new Int32List();
  private readonly filed = new Int32List();
  /** Per distinct token: where `tokenCounts` holds the ids of its rarity keys (text, then keys). */
  private readonly tokenCountAt = new Int32List();
  private readonly tokenCounts = new Int32List();
  /** Rarity keys (token texts and equivalence keys) in first-met order, with their counts. */
  private readonly countIds = new Map<string, number>();
  private readonly countKeys: string[] = [];
  private readonly countValues = new Int32List();
  /** The last entity that counted each rarity key, so each entity counts a key once. */
  private readonly countedBy = new Int32List();

  constructor(earlier?: EarlierReadings) {
    this.earlier = earlier;
    this.entityFormStart.push(0);
    this.tokenCountAt.push(0);
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
      const met = this.nameKeys.get(key);
      if (met !== undefined) {
        const at = this.nameAt.at(met);
        const count = this.nameForms.at(at);
        for (let k = 1; k <= count; k++)
          this.fileForm(entityIndex, nameIndex, name.kind, this.nameForms.at(at + k), titles);
        return;
      }
      const forms = this.earlier?.(key) ?? analyzeName(name.full, reading).forms;
      this.nameKeys.set(key, this.nameAt.length);
      this.nameAt.push(this.nameForms.length);
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
    // The log of (term, reading) pairs is not kept: the postings are made again from each
    // reading's terms and merges when written (readingPostings); the counts per term stay.
    builder.readings.size = 0;
    this.readings.forEachToken(formId, (token) => {
      const end = this.tokenCountAt.at(token + 1);
      for (let k = this.tokenCountAt.at(token); k < end; k++)
        this.count(this.tokenCounts.at(k), entityIndex);
    });
    return formId;
  }

  /** Counts rarity key `key` for the entity, once per entity. */
  private count(key: number, entityIndex: number): void {
    if (this.countedBy.at(key) === entityIndex) return;
    this.countedBy.set(key, entityIndex);
    this.countValues.set(key, this.countValues.at(key) + 1);
  }

  /** Files a form met for the first time, recording what that did for the next time. */
  private fileNew(form: NameForm, id: number): void {
    const filed = this.filed;
    const termsBefore = this.formTerms.length;
    const merges = new Int32List(8);
    addForm(this.builder, form, id, merges);
    this.filedAt.push(filed.length);
    filed.push(this.formTerms.length - termsBefore);
    for (let i = termsBefore; i < this.formTerms.length; i++) filed.push(this.formTerms.at(i));
    filed.push(merges.length);
    for (let i = 0; i < merges.length; i++) filed.push(merges.at(i));
    // The form's tokens were numbered in order when it was (formOf): new ones get their keys here.
    for (const token of form.tokens) {
      if (this.readings.tokenOf(token) < this.tokenCountAt.length - 1) continue;
      this.tokenCounts.push(this.countId(token.text));
      for (const key of token.keys) this.tokenCounts.push(this.countId(key));
      this.tokenCountAt.push(this.tokenCounts.length);
    }
  }

  /** Files a form filed before under the new indexed form `id`, as addForm did then. */
  private refile(formId: number, id: number): void {
    const filed = this.filed;
    const readings = this.builder.readings;
    let at = this.filedAt.at(formId);
    const terms = filed.at(at);
    for (let k = at + 1; k <= at + terms; k++) {
      addPosting(readings, filed.at(k), id);
      this.formTerms.push(filed.at(k));
    }
    at += 1 + terms;
    const merges = filed.at(at);
    for (let k = at + 1; k <= at + merges; k++) addPosting(readings, filed.at(k), id);
  }

  /**
   * The reading postings of every term, as finishPostings makes them from the log addPosting keeps:
   * each term's readings in ascending order, each once. A reading's terms are its blocking terms and
   * titles (formTerms) and its merges (kept per distinct form); the counts per term are the posting
   * builder's, counted as they were filed.
   */
  private readingPostings(termCount: number, indexedForm: Int32Array): PostingLists {
    const counts = this.builder.readings.count;
    const start = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) start[t + 1] = start[t]! + (counts[t] ?? 0);
    // The counts, done with, become the write positions (as in finishPostings).
    const next = counts;
    next.set(start.subarray(0, Math.min(termCount, next.length)));
    const values = new Int32Array(start[termCount]!);
    const last = new Int32Array(termCount).fill(-1);
    const file = (term: number, form: number): void => {
      if (last[term] === form) return;
      last[term] = form;
      values[next[term]!++] = form;
    };
    const filed = this.filed;
    for (let f = 0; f < indexedForm.length; f++) {
      const end = this.formTermStart.at(f + 1);
      for (let k = this.formTermStart.at(f); k < end; k++) file(this.formTerms.at(k), f);
      let at = this.filedAt.at(indexedForm[f]!);
      at += 1 + filed.at(at);
      const merges = filed.at(at);
      for (let k = at + 1; k <= at + merges; k++) file(filed.at(k), f);
    }
    return { start, values };
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

  /**
   * The sections of the index built, for writeCandidateSections, each made when it is written;
   * what a section was made from is let go of then, so that the build's memory falls as the
   * snapshot is written. The builder is done with after.
   */
  finish(): CandidateSections {
    // What only filing needed is let go of before the sections are made: the build's memory peaks
    // while they are (the posting logs' last values included: finishing needs only their counts).
    this.nameKeys = new StringInterner();
    for (const list of [
      this.nameAt,
      this.nameForms,
      this.tokenCountAt,
      this.tokenCounts,
      this.countedBy,
    ])
      list.take();
    for (const postings of [this.builder.readings, this.builder.keyed, this.builder.grams])
      postings.last = new Int32Array(0);
    this.countIds.clear();
    this.formTermStart.push(this.formTerms.length);
    const builder = this.builder;
    const termCount = builder.terms.size;
    const formCount = this.indexedForm.length;
    const lists = {
      indexedName: this.indexedName,
      indexedKind: this.indexedKind,
      indexedForm: this.indexedForm,
      entityFormStart: this.entityFormStart,
      formEntity: this.formEntity,
      formTermStart: this.formTermStart,
      formTerms: this.formTerms,
      countValues: this.countValues,
    };
    let grams: PostingLists | undefined;
    let indexedForm: Int32Array | undefined;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below are not methods of this
    const self = this;
    const gramLists = (): PostingLists => {
      grams ??= finishPostings(builder.grams, GRAM_CODES);
      builder.grams = createPostingBuilder();
      return grams;
    };
    return {
      get terms() {
        const terms = self.terms;
        self.terms = new StringInterner();
        builder.terms = self.terms;
        return terms;
      },
      countKeys: this.countKeys,
      get countValues() {
        return lists.countValues.take();
      },
      readings: this.readings,
      get indexedName() {
        return lists.indexedName.take();
      },
      get indexedKind() {
        return Uint8Array.from(lists.indexedKind.take());
      },
      get indexedForm() {
        indexedForm = lists.indexedForm.take();
        return indexedForm;
      },
      get entityFormStart() {
        return lists.entityFormStart.take();
      },
      postings: {
        get readings() {
          const readings = self.readingPostings(termCount, indexedForm!);
          builder.readings = createPostingBuilder();
          return readings;
        },
        get keyed() {
          const keyed = finishPostings(builder.keyed, termCount * 3);
          builder.keyed = createPostingBuilder();
          return keyed;
        },
        get grams() {
          return gramLists();
        },
      },
      get gramLengths() {
        const values = gramLists().values;
        grams = undefined;
        return Uint8Array.from(values, (term) => builder.gramCount[term] ?? 0);
      },
      get formEntity() {
        return lists.formEntity.take();
      },
      get formTermStart() {
        return lists.formTermStart.take();
      },
      get formTerms() {
        return lists.formTerms.take();
      },
      entityCount: this.entityCount,
      formCount,
    };
  }
}
