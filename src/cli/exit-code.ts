import type { ErrorCode } from '../core/index.ts';

/** The process exit code for each error code: 2 bad input, 3 unreadable list, 4 store, 5 network. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  CONFIG_INVALID: 2,
  INPUT_NOT_FOUND: 2,
  INPUT_UNREADABLE: 2,
  INGEST_FORMAT_UNKNOWN: 2,
  INGEST_PARSE_FAILED: 3,
  INGEST_EMPTY: 3,
  IMPORT_REFUSED: 2,
  LIST_UNKNOWN: 2,
  VERSION_UNKNOWN: 2,
  STORE_UNAVAILABLE: 4,
  NETWORK_UNAVAILABLE: 5,
  QUERY_INVALID: 2,
  NOT_FOUND: 2,
  UNAUTHORIZED: 2,
  FORBIDDEN: 2,
  PAYLOAD_TOO_LARGE: 2,
  RATE_LIMITED: 2,
  NOT_READY: 4,
  UNSUPPORTED_MEDIA_TYPE: 2,
  TIMEOUT: 2,
  INPUT_TOO_COMPLEX: 2,
  INTERNAL: 1,
};
