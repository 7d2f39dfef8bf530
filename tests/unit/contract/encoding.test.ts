import { describe, expect, it } from 'vitest';
import { guessForeignEncoding } from '../../../src/domain/contract/encoding';
import { decodeBytes } from '../../../src/domain/contract/jsonSource';

const utf16le = (text: string) => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));

describe('naming the encoding of a file that is not UTF-8', () => {
  it('UTF-16 with a byte-order mark', () => {
    const bytes = utf16le('{ "month": "2017-12" }');
    expect(guessForeignEncoding(bytes, false)).toBe('UTF-16');
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: false, reason: 'not-utf8' });
    expect(!decoded.ok && decoded.detail).toContain('saved as UTF-16, not UTF-8; save it again as UTF-8');
  });

  it('UTF-16 without a byte-order mark: valid UTF-8 bytes, but a zero after every letter', () => {
    const bytes = new Uint8Array(Buffer.from('{ "month": "2017-12" }', 'utf16le'));
    const decoded = decodeBytes(bytes);
    expect(!decoded.ok && decoded.detail).toContain('UTF-16');
  });

  it('Windows-1252: curly quotes as 0x93 and 0x94', () => {
    const bytes = new Uint8Array(Buffer.from('{ "commentary": "\u0093busy\u0094" }', 'latin1'));
    const decoded = decodeBytes(bytes);
    expect(!decoded.ok && decoded.detail).toMatch(/saved as Windows-1252, not UTF-8 \(the first such byte is near byte \d+\)/);
  });

  it('UTF-8 text is not foreign', () => {
    expect(guessForeignEncoding(new Uint8Array(Buffer.from('{ "a": "£" }', 'utf8')), true)).toBeUndefined();
  });
});
