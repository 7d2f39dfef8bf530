import { describe, expect, it } from 'vitest';
import { decodeSpreadsheetText } from '../../../src/domain/contract/decodeText';
import { snapshotFromCsv } from '../../../src/domain/contract/csvImport';

/** Text as Excel's plain "CSV" saves it: one byte a character, Windows-1252, CRLF. */
function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { '–': 0x96, '£': 0xa3, '“': 0x93, '”': 0x94, 'é': 0xe9 };
  return Uint8Array.from([...text].map((char) => table[char] ?? char.charCodeAt(0)));
}

describe('decodeSpreadsheetText', () => {
  it('reads UTF-8 as it is, with no note, and drops a byte-order mark', () => {
    const decoded = decodeSpreadsheetText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,note\nCP5,a – b')]));
    expect(decoded).toEqual({ ok: true, text: 'id,note\nCP5,a – b', encoding: 'UTF-8' });
  });

  it('converts Windows-1252 and says where the first such character is', () => {
    const decoded = decodeSpreadsheetText(windows1252('id,value,note\r\nCP5,32,\r\nWF1,43,Agency – £1m “review”\r\n'));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.text).toContain('Agency – £1m “review”');
    expect(decoded.note).toContain('line 3, column 15: "–"');
    expect(decoded.note).toContain('CSV UTF-8');
  });

  it('converts UTF-16 with a byte-order mark (Excel’s "Unicode Text")', () => {
    const text = 'id\tvalue\nCP5\t32';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((char, index) => bytes.set([char.charCodeAt(0), 0], 2 + index * 2));
    const decoded = decodeSpreadsheetText(bytes);
    expect(decoded.ok && decoded.encoding).toBe('UTF-16');
    expect(decoded.ok && decoded.text).toBe(text);
  });

  it('refuses a file above 5 MB', () => {
    expect(decodeSpreadsheetText(new Uint8Array(5 * 1024 * 1024 + 1)).ok).toBe(false);
  });
});

describe('a Windows-1252 CSV through snapshotFromCsv', () => {
  it('is converted, the note kept as written, with a warning saying so', () => {
    const result = snapshotFromCsv(windows1252('id,value,numerator,denominator,note\r\nCP5,32,12,37,Police notice – under review\r\n'), '2019-04', 'figures.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.values.CP5).toEqual({ value: 32, numerator: 12, denominator: 37, note: 'Police notice – under review' });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ severity: 'warning', file: 'figures.csv', line: 2 });
    expect(result.warnings[0]!.message).toMatch(/Windows-1252/);
  });
});
