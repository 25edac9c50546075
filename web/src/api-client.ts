// The page's only door to Sift: fetch over HTTP, with API errors turned into plain words and a
// next step, so an analyst never sees a status code or a stack trace alone.

const KEY_STORAGE = 'sift.apiKey';

/** An API failure, already phrased for the analyst. */
export class ApiError extends Error {
  /** The server's error code (QUERY_INVALID …), or NETWORK when the server did not answer. */
  readonly code: string;
  /** What the analyst can do about it. */
  readonly next: string;

  constructor(code: string, message: string, next: string) {
    super(message);
    this.code = code;
    this.next = next;
  }
}

/** What to do next for each error code the API sends. */
const NEXT_STEP: Readonly<Record<string, string>> = {
  QUERY_INVALID: 'Check the highlighted fields and try again.',
  INPUT_UNREADABLE: 'Check that the text or file is complete and in a supported format.',
  INPUT_NOT_FOUND: 'Check the address or file and try again.',
  INGEST_FORMAT_UNKNOWN: 'Choose the file format explicitly, or check that this is a list file.',
  INGEST_PARSE_FAILED: 'The file could not be read as a list; check that it is not truncated.',
  INGEST_EMPTY: 'The file holds no entries; check that it is the right file.',
  LIST_UNKNOWN: 'Pick one of the loaded lists (see Lists).',
  VERSION_UNKNOWN: 'Pick a version shown under Lists.',
  NOT_FOUND: 'The item may have been removed, or this server does not offer it yet.',
  UNAUTHORIZED: 'Enter a valid API key in the box at the top right.',
  FORBIDDEN: 'This needs an admin key; ask the person who runs Sift.',
  PAYLOAD_TOO_LARGE: 'Split the input into smaller parts and send them one at a time.',
  RATE_LIMITED: 'Wait a minute, then try again.',
  NOT_READY: 'The lists are still loading; try again in a few seconds.',
  STORE_UNAVAILABLE: 'Try again shortly; if it persists, the server log says why.',
  NETWORK_UNAVAILABLE: 'The server could not reach that address; paste the text instead.',
  NETWORK: 'Check that the Sift server is running, then try again.',
};

/** The API key the analyst entered, kept for this browser tab only. */
export function getApiKey(): string {
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}

/** Stores (or clears, when empty) the API key for this tab. */
export function setApiKey(key: string): void {
  if (key.trim() === '') sessionStorage.removeItem(KEY_STORAGE);
  else sessionStorage.setItem(KEY_STORAGE, key.trim());
}

/** Headers every request carries: the API key, when one is set. */
export function authHeaders(): Record<string, string> {
  const key = getApiKey();
  return key === '' ? {} : { authorization: `Bearer ${key}` };
}

/** Sends a JSON body (or a raw file body) and returns the parsed JSON answer. */
export async function callApi<T>(
  path: string,
  options: { method?: string; json?: unknown; body?: Blob; contentType?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...authHeaders() };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/octet-stream';
    body = options.body;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      ...(body === undefined ? {} : { body }),
    });
  } catch {
    throw new ApiError('NETWORK', 'The Sift server did not answer.', NEXT_STEP.NETWORK ?? '');
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!response.ok) throw toApiError(response.status, parsed);
  return parsed as T;
}

/** Downloads a file from the API (with the key) and hands it to the browser as a download. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const response = await fetch(path, { headers: authHeaders() });
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  saveBlob(await response.blob(), fileName);
}

/** Offers a blob to the analyst as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

// Some domain messages are written for the command line; in a browser a flag means nothing, so
// the page says what to do here instead.
const CLI_PHRASES: readonly [RegExp, string][] = [
  [/\s*Pass --format to name it\.?/, ' Choose its format in the Format box.'],
  [
    /;?\s*pass --allow-private-network to allow it\.?/,
    '. This server does not fetch private addresses: paste the article text instead (whoever runs Sift can allow them with SIFT_ALLOW_PRIVATE_NETWORK=1).',
  ],
];

/** A server message with command-line advice replaced by what to do on this page. */
export function forBrowser(message: string): string {
  return CLI_PHRASES.reduce((text, [pattern, words]) => text.replace(pattern, words), message);
}

function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  // The yente-compatible routes (/search, /entities, /catalog …) answer yente's `{detail}`.
  const detail = (body as { detail?: unknown } | null)?.detail;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${status}`;
  const message =
    typeof error?.message === 'string'
      ? error.message
      : typeof detail === 'string'
        ? detail
        : `The server answered ${status}.`;
  return new ApiError(
    code,
    forBrowser(message),
    NEXT_STEP[code] ?? 'Try again; if it persists, the server log says why.',
  );
}
