import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv } from '../../../src/domain/present/csvExport';

describe('CSV export', () => {
  it('starts with a byte-order mark and ends lines with CRLF, for Excel', () => {
    const text = toCsv(['Month', 'Value (%)'], [['2017-11', 32]]);
    expect(text.startsWith('\uFEFFMonth,Value (%)\r\n2017-11,32\r\n')).toBe(true);
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd'])('neutralises text that Excel would run as a formula: %s', (text) => {
    expect(neutraliseFormula(text).startsWith("'")).toBe(true);
  });

  it('leaves negative numbers as numbers', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('Permanence, north')).toBe('"Permanence, north"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes null and undefined as empty cells, not zero', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]])).toBe('\uFEFFa,b\r\n,\r\n');
  });

  it('keeps figures as in the data, not rounded', () => {
    expect(csvCell(71.42857)).toBe('71.42857');
  });
});
