import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError } from '../../core/index.ts';
import { decodeBytes } from './decode-bytes.ts';

describe('decodeBytes', () => {
  it('reads UTF-8 text with curly quotes', () => {
    assert.equal(decodeBytes(Buffer.from('“Dame Sara” said', 'utf8')), '“Dame Sara” said');
  });

  it('honours the charset of a meta tag', () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>caf', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from('</body></html>', 'latin1'),
    ]);
    assert.match(decodeBytes(html), /café/);
  });

  it('honours the charset of the HTTP content type over the bytes', () => {
    assert.equal(
      decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/plain; charset=windows-1252'),
      'café',
    );
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hamas', 'utf16le')]);
    assert.equal(decodeBytes(bytes), 'Hamas');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    assert.equal(decodeBytes(Buffer.from([0x93, 0x68, 0x69, 0x94])), '“hi”');
  });

  it('refuses a PDF and other binary data with a clear error', () => {
    assert.throws(
      () => decodeBytes(Buffer.from('%PDF-1.7\n%\u00e2\u00e3')),
      (e) => isAppError(e, 'INPUT_UNREADABLE'),
    );
    assert.throws(() => decodeBytes(new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8])), /binary/);
  });
});
