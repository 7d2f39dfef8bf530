import { describe, expect, it } from 'vitest';
import { decodeSingleByte, guessSingleByte } from '../../../src/domain/contract/singleByteText';
import { decodeSpreadsheetText } from '../../../src/domain/contract/decodeText';
import { guessForeignEncoding, describeForeignEncoding } from '../../../src/domain/contract/encoding';

const MAC: Record<string, number> = { '–': 0xd0, '—': 0xd1, '“': 0xd2, '”': 0xd3, '‘': 0xd4, '’': 0xd5, '£': 0xa3, 'é': 0x8e, '…': 0xc9 };
const WINDOWS: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '’': 0x92, '£': 0xa3, 'é': 0xe9 };
const encode = (text: string, table: Record<string, number>) => Uint8Array.from([...text].map((char) => table[char] ?? char.charCodeAt(0)));

describe('decodeSingleByte', () => {
  it('every high byte as the WHATWG tables have it (checked against the platform where it has Mac Roman)', () => {
    const high = Uint8Array.from({ length: 128 }, (_, index) => 0x80 + index);
    let platform: TextDecoder | undefined;
    try {
      platform = new TextDecoder('macintosh');
    } catch {
      platform = undefined;
    }
    if (platform) expect(decodeSingleByte(high, 'Mac Roman')).toBe(platform.decode(high));
    expect(decodeSingleByte(Uint8Array.from([0x96, 0x80, 0xa3, 0xe9]), 'Windows-1252')).toBe('–€£é');
    expect(decodeSingleByte(Uint8Array.from([0xd0, 0xd2, 0xd3, 0xa3, 0x8e]), 'Mac Roman')).toBe('–“”£é');
  });
});

describe('guessSingleByte: decided by the characters that occur', () => {
  it('a Mac Roman CSV is Mac Roman: £12k – “interim”, not £12k Ð ÒinterimÓ', () => {
    const guess = guessSingleByte(encode('Agency spend £12k – “interim”', MAC));
    expect(guess.encoding).toBe('Mac Roman');
    expect(guess.example).toEqual({ byte: 0xd0, as: '–', otherwise: 'Ð' });
  });
  it('a Windows-1252 CSV is Windows-1252', () => {
    expect(guessSingleByte(encode('Agency spend £12k – “interim” café', WINDOWS)).encoding).toBe('Windows-1252');
  });
  it('on a tie (a £ alone, the same byte in both), Windows-1252, the commoner', () => {
    expect(guessSingleByte(encode('£12k', WINDOWS))).toEqual({ encoding: 'Windows-1252', example: undefined });
  });
});

describe('a Mac Roman file, named as such', () => {
  it('a CSV is converted from Mac Roman, and the note says why', () => {
    const decoded = decodeSpreadsheetText(encode('id,value,note\nWF1,43,Agency £12k – “interim”\n', MAC));
    expect(decoded.ok && decoded.encoding).toBe('Mac Roman');
    expect(decoded.ok && decoded.text).toContain('Agency £12k – “interim”');
    expect(decoded.ok && decoded.note).toMatch(/saved as Mac Roman .*judged by its characters: read so, a byte is "–".*as Windows-1252 it would be "Ð"/);
  });
  it('a JSON file is named Mac Roman with how to save it from a Mac', () => {
    const bytes = encode('{ "commentary": "“busy” – yes" }', MAC);
    expect(guessForeignEncoding(bytes, false)).toBe('Mac Roman');
    expect(describeForeignEncoding('Mac Roman', 17)).toMatch(/saved as Mac Roman, not UTF-8 .*TextEdit/);
  });
});
