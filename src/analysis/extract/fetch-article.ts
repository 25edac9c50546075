import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { AppError, MAX_ARTICLE_BYTES } from '../../core/index.ts';

/** Limits and permissions for fetching an article. */
export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (tests on 127.0.0.1); off by default. */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
}

/** The fetched page: its bytes, declared content type and final URL after redirects. */
export interface FetchedArticle {
  bytes: Uint8Array;
  contentType: string;
  url: string;
}

/** Sensible limits for a news page. */
export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  allowPrivate: false,
  timeoutMs: 10_000,
  // The download stops here; the article's text is checked once, by readArticle.
  maxBytes: MAX_ARTICLE_BYTES,
};

const MAX_REDIRECTS = 5;
const ACCEPTED_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];

// Server-side request forgery guard: addresses a public article can never live on.
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/**
 * True when an IP address is loopback, private, link-local, multicast or unspecified, including an
 * IPv4 address carried inside IPv6: mapped (`::ffff:a.b.c.d`), compatible (`::a.b.c.d`), SIIT,
 * NAT64 (`64:ff9b::/96`) and 6to4 (`2002::/16`). Local NAT64 and Teredo are refused outright.
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family !== 6) return true;
  const bytes = ipv6Bytes(address);
  if (bytes === undefined) return true;
  const embedded = embeddedIpv4(bytes);
  if (embedded === 'refuse') return true;
  if (embedded !== undefined) return PRIVATE.check(embedded.ipv4, 'ipv4');
  return PRIVATE.check(address, 'ipv6');
}

function embeddedIpv4(b: readonly number[]): { ipv4: string } | 'refuse' | undefined {
  const v4 = (at: number): { ipv4: string } => ({ ipv4: b.slice(at, at + 4).join('.') });
  const zero = (from: number, to: number): boolean => b.slice(from, to).every((x) => x === 0);
  const word = (i: number): number => (b[i * 2]! << 8) | b[i * 2 + 1]!;
  if (zero(0, 10) && ((b[10] === 0 && b[11] === 0) || (b[10] === 0xff && b[11] === 0)))
    return v4(12); // compatible ::a.b.c.d, mapped ::ffff:a.b.c.d
  if (zero(0, 8) && word(4) === 0xffff && word(5) === 0) return v4(12); // SIIT ::ffff:0:a.b.c.d
  if (word(0) === 0x64 && word(1) === 0xff9b) {
    if (word(2) === 0 && zero(6, 12)) return v4(12); // NAT64 well-known prefix
    return 'refuse'; // local-use NAT64 64:ff9b:1::/48 translates to any address
  }
  if (word(0) === 0x2002) return v4(2); // 6to4
  if (word(0) === 0x2001 && word(1) === 0) return 'refuse'; // Teredo
  return undefined;
}

/** The 16 bytes of a textual IPv6 address (already checked by isIP), zone index dropped. */
function ipv6Bytes(address: string): number[] | undefined {
  let text = address.split('%')[0]!.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted !== null) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const words = [...left, ...Array<string>(fill).fill('0'), ...right].map((w) => parseInt(w, 16));
  if (words.length !== 8 || words.some((w) => Number.isNaN(w))) return undefined;
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

/**
 * Fetches an article over HTTP(S) with a timeout, a size limit and a content-type check, refusing
 * private addresses after DNS resolution and again on every redirect unless `allowPrivate`.
 */
export async function fetchArticle(
  url: string,
  options: FetchOptions = DEFAULT_FETCH_OPTIONS,
): Promise<FetchedArticle> {
  let current = parseUrl(url);
  const deadline = Date.now() + options.timeoutMs;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const answer = await requestOnce(current, options, deadline);
    if ('redirect' in answer) {
      current = parseUrl(new URL(answer.redirect, current).href);
      continue;
    }
    return answer;
  }
  throw new AppError('INPUT_UNREADABLE', `${url} redirected more than ${MAX_REDIRECTS} times.`);
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch (cause) {
    throw new AppError('INPUT_NOT_FOUND', `"${text}" is not a valid URL.`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AppError(
      'INPUT_UNREADABLE',
      `Only http and https URLs are fetched, not ${url.protocol}`,
    );
  return url;
}

function requestOnce(
  url: URL,
  options: FetchOptions,
  deadline: number,
): Promise<FetchedArticle | { redirect: string }> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0 && !options.allowPrivate && isPrivateAddress(host)) {
      reject(refused(url, host));
      return;
    }
    const lookup = (
      hostname: string,
      lookupOptions: object,
      callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
    ): void => {
      dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
        if (error !== null) {
          callback(error, []);
          return;
        }
        const bad = addresses.find((a) => isPrivateAddress(a.address));
        if (!options.allowPrivate && bad !== undefined) callback(refused(url, bad.address), []);
        else callback(null, addresses);
      });
    };
    const client = url.protocol === 'https:' ? https : http;
    const remainingMs = Math.max(1, deadline - Date.now());
    const request = client.get(url, { lookup, timeout: remainingMs }, (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location !== undefined) {
        response.resume();
        resolve({ redirect: location });
        return;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        reject(new AppError('INPUT_NOT_FOUND', `${url.href} answered HTTP ${status}.`));
        return;
      }
      const contentType = response.headers['content-type'] ?? '';
      const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!ACCEPTED_TYPES.includes(mediaType)) {
        response.destroy();
        reject(
          new AppError(
            'INPUT_UNREADABLE',
            `${url.href} is ${mediaType || 'of no declared type'}, not an HTML or text article.`,
            { details: { contentType } },
          ),
        );
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          response.destroy();
          reject(
            new AppError(
              'INPUT_UNREADABLE',
              `${url.href} is larger than ${options.maxBytes} bytes.`,
            ),
          );
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', reject);
      response.on('end', () => {
        resolve({ bytes: Buffer.concat(chunks), contentType, url: url.href });
      });
    });
    const timer = setTimeout(() => request.destroy(timedOut(url, options)), remainingMs);
    request.on('timeout', () => request.destroy(timedOut(url, options)));
    request.on('close', () => {
      clearTimeout(timer);
    });
    request.on('error', (error) => {
      reject(
        error instanceof AppError
          ? error
          : new AppError('NETWORK_UNAVAILABLE', `Could not fetch ${url.href}: ${error.message}`, {
              cause: error,
            }),
      );
    });
  });
}

function refused(url: URL, address: string): AppError {
  return new AppError(
    'INPUT_UNREADABLE',
    `${url.href} resolves to the private address ${address}; pass --allow-private-network to allow it.`,
    { details: { address } },
  );
}

function timedOut(url: URL, options: FetchOptions): AppError {
  return new AppError(
    'NETWORK_UNAVAILABLE',
    `${url.href} did not answer within ${options.timeoutMs} ms.`,
  );
}
