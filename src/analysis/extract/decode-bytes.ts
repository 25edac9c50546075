import { AppError } from '../../core/index.ts';

/**
 * Decodes article bytes to text: BOM first, then the HTTP charset, then a `<meta charset>` in the
 * first 2 KB, then strict UTF-8, then Windows-1252 (what browsers assume for unlabelled pages).
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string): string {
  if (looksBinary(bytes))
    throw new AppError(
      'INPUT_UNREADABLE',
      'The input looks like binary data (a PDF, image or archive), not an article in text or HTML.',
    );
  const bom = charsetFromBom(bytes);
  const label = bom ?? charsetFromContentType(contentType) ?? charsetFromMeta(bytes);
  if (label !== undefined) {
    try {
      if (
        label === 'windows-1252' ||
        label === 'iso-8859-1' ||
        label === 'latin1' ||
        label === 'us-ascii'
      )
        return decodeWindows1252(bytes);
      return new TextDecoder(label, { ignoreBOM: false }).decode(bytes);
    } catch {
      // An unknown label falls through to the sniffing below rather than failing the article.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node without full ICU decodes "windows-1252" as Latin-1; these are the bytes where they differ.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes)
    text +=
      byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
  return text;
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length >= 4 && head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44) return true;
  // UTF-16 text has many NULs too; its BOM is honoured before this check matters.
  if (charsetFromBom(bytes)?.startsWith('utf-16') === true) return false;
  let controls = 0;
  for (const byte of head) if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) controls++;
  return head.includes(0) || controls / Math.max(1, head.length) > 0.01;
}

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}
