/** Every error code Sift raises. docs/errors.md lists each one; a test keeps them in step. */
export const ERROR_CODES = [
  'CONFIG_INVALID',
  'INPUT_NOT_FOUND',
  'INPUT_UNREADABLE',
  'INGEST_FORMAT_UNKNOWN',
  'INGEST_PARSE_FAILED',
  'INGEST_EMPTY',
  'IMPORT_REFUSED',
  'LIST_UNKNOWN',
  'VERSION_UNKNOWN',
  'STORE_UNAVAILABLE',
  'NETWORK_UNAVAILABLE',
  'QUERY_INVALID',
  'NOT_FOUND',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'NOT_READY',
  'UNSUPPORTED_MEDIA_TYPE',
  'TIMEOUT',
  'INPUT_TOO_COMPLEX',
  'INTERNAL',
] as const;

/** A machine-readable error code. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type Sift throws: a code, a message a user can act on, and optional details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

/** True when `error` is an AppError, optionally with the given code. */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
