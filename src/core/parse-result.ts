import type { ListEntity, ListName } from './list-entity.ts';

/** A problem with one record or line of a list file: data, not an exception. */
export interface ParseIssue {
  /** `error`: the record was skipped. `warning`: kept, with something dropped or doubtful. */
  level: 'error' | 'warning';
  /** Machine code, e.g. `RECORD_NO_NAME`, `DUPLICATE_REFERENCE`, `BAD_DATE`. */
  code: string;
  message: string;
  /** 1-based line of the file, where the format has lines. */
  line?: number;
  /** The record's own reference, where known. */
  record?: string;
}

/** Facts about the file as a whole, read from its content. */
export interface ParseMeta {
  /** The list this file belongs to. */
  list: ListName;
  /** Publication date from the file, YYYY-MM-DD. */
  published?: string;
  /** Records seen in the file, kept or skipped. */
  recordCount: number;
  /** Records skipped because of an error issue. */
  skippedCount: number;
}

/** What every parser returns. With `onEntity`, `entities` stays empty (streaming mode). */
export interface ParseResult {
  entities: ListEntity[];
  issues: ParseIssue[];
  meta: ParseMeta;
}

/** Options every parser accepts. */
export interface ParseOptions {
  /** Called for each entity as it is read; the parser then keeps none in memory. */
  onEntity?: (entity: ListEntity) => void;
  /** The list name to stamp on entities, where the format does not say (FtM). */
  list?: ListName;
}

/** The input of a parser: a stream of bytes, such as `fs.createReadStream(path)`. */
export type ByteSource = AsyncIterable<Buffer | Uint8Array | string>;

/** Every parser has this shape. */
export type ListParser = (input: ByteSource, options?: ParseOptions) => Promise<ParseResult>;
