import type { ScreenResult } from '../../core/index.ts';
import type { AuditEntry } from '../../store/index.ts';
import type { ScreeningIndex } from '../screening-index.ts';

/** What a batch worker screens with: the index, and how a screened row becomes an audit entry. */
export interface BatchEngine {
  index: ScreeningIndex;
  /** The row's audit entry, under `caller` when given, else the caller the engine was opened for. */
  auditEntry(result: ScreenResult, caller?: string): AuditEntry;
}

/**
 * How each worker thread gets its engine. A worker cannot be handed a function, so it is handed
 * a module to import (`module`, a file URL exporting {@link OpenBatchEngine} as
 * `openBatchEngine`) and the structured-cloneable `data` to call it with; the wiring layer
 * decides both (from a snapshot file or the store), so this folder never imports it.
 */
export interface BatchEngineSource {
  module: string;
  data: unknown;
}

/** The function a {@link BatchEngineSource} module exports as `openBatchEngine`. */
export type OpenBatchEngine = (data: unknown) => Promise<BatchEngine>;
