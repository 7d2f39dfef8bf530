import { describe, expect, it } from 'vitest';
import {
  describeCell,
  isEmptyLooking,
  readChildId,
  readCount,
  readDate,
  readDecimal,
  readName,
  readWorkerKey,
  readYesNo,
} from '../../../src/domain/records/cellValues';
import { dayNumber } from '../../../src/domain/records/days';
import { cell, date, error } from './sheets';

const day = (iso: string) => ({ kind: 'value', value: dayNumber(iso) });

describe('dates (annex-a.md: Excel date cells, or text as YYYY-MM-DD or D/M/YYYY)', () => {
  it('an Excel date cell is its day', () => {
    expect(readDate(date('2021-03-15'))).toEqual(day('2021-03-15'));
  });

  it('text as YYYY-MM-DD, and as D/M/YYYY in UK order with one or two digits', () => {
    expect(readDate(cell('2021-03-15'))).toEqual(day('2021-03-15'));
    expect(readDate(cell(' 15/03/2021 '))).toEqual(day('2021-03-15'));
    expect(readDate(cell('5/3/2021'))).toEqual(day('2021-03-05'));
    expect(readDate(cell('05/3/2021'))).toEqual(day('2021-03-05'));
    expect(readDate(cell('29/2/2020'))).toEqual(day('2020-02-29'));
  });

  it('text that is not a real day in those forms is unreadable, and says what was found', () => {
    expect(readDate(cell('03/15/2021'))).toEqual({ kind: 'unreadable', found: '"03/15/2021"' });
    expect(readDate(cell('31/09/2022'))).toEqual({ kind: 'unreadable', found: '"31/09/2022"' });
    expect(readDate(cell('29/02/2021'))).toEqual({ kind: 'unreadable', found: '"29/02/2021"' });
    expect(readDate(cell('2022-09-31'))).toEqual({ kind: 'unreadable', found: '"2022-09-31"' });
  });

  it('any other form is unreadable: 15.03.21, two-digit years, words, a date with a time, a number cell', () => {
    for (const text of ['15.03.21', '15/03/21', '15 March 2021', '2021-03-15 00:00:00', '2021/03/15', '15-03-2021']) {
      expect(readDate(cell(text)).kind, text).toBe('unreadable');
    }
    expect(readDate(cell(44270))).toEqual({ kind: 'unreadable', found: 'the number 44270' });
    expect(readDate(error('#VALUE!'))).toEqual({ kind: 'unreadable', found: 'the error #VALUE!' });
  });

  it('an empty-looking cell is empty, not unreadable', () => {
    for (const given of [null, '', '   ', '\u00a0', '#N/A', 'N/A', 'NULL', 'null', '-', ' - ']) expect(readDate(cell(given)), String(given)).toEqual({ kind: 'empty' });
    expect(readDate(error('#N/A'))).toEqual({ kind: 'empty' });
    expect(readDate(undefined)).toEqual({ kind: 'empty' });
  });
});

describe('empty-looking cells (annex-a.md: blank, spaces, #N/A, N/A, NULL, -)', () => {
  it('each empty-looking value, the non-breaking space and Excel’s #N/A error included', () => {
    for (const given of [null, '', '  ', '\u00a0\u00a0', '#N/A', '#n/a', 'N/A', 'n/a', 'NULL', 'Null', '-', '\t-\t']) {
      expect(isEmptyLooking(cell(given)), JSON.stringify(given)).toBe(true);
    }
    expect(isEmptyLooking(error('#N/A'))).toBe(true);
  });

  it('anything else is not empty: 0, a word, another error, --', () => {
    for (const given of [0, 'No', '--', 'none', false]) expect(isEmptyLooking(cell(given)), String(given)).toBe(false);
    expect(isEmptyLooking(error('#REF!'))).toBe(false);
  });
});

describe('yes and no (annex-a.md: Yes, Y, a) Yes, 1, true; No, N, b) No, 0, false)', () => {
  it.each(['Yes', 'yes', 'YES', 'Y', 'y', 'a) Yes', 'a)Yes', ' a )  yes ', '1', 'true', 'TRUE'])('%j is yes', (text) => {
    expect(readYesNo(cell(text))).toEqual({ kind: 'value', value: true });
  });

  it.each(['No', 'no', 'N', 'n', 'b) No', 'b)no', '0', 'false', 'False'])('%j is no', (text) => {
    expect(readYesNo(cell(text))).toEqual({ kind: 'value', value: false });
  });

  it('number and boolean cells, empty-looking cells, and the rest', () => {
    expect(readYesNo(cell(1))).toEqual({ kind: 'value', value: true });
    expect(readYesNo(cell(0))).toEqual({ kind: 'value', value: false });
    expect(readYesNo(cell(true))).toEqual({ kind: 'value', value: true });
    expect(readYesNo(cell(false))).toEqual({ kind: 'value', value: false });
    expect(readYesNo(cell('#N/A'))).toEqual({ kind: 'empty' });
    expect(readYesNo(cell('Maybe'))).toEqual({ kind: 'unreadable', found: '"Maybe"' });
    expect(readYesNo(cell('c) Not known'))).toEqual({ kind: 'unreadable', found: '"c) Not known"' });
    expect(readYesNo(cell(2))).toEqual({ kind: 'unreadable', found: 'the number 2' });
  });
});

describe('child IDs (annex-a.md: text with all spaces removed; 00123 and 123 are different children)', () => {
  it('a number cell 123 is "123", and 00123 stays 00123', () => {
    expect(readChildId(cell(123))).toBe('123');
    expect(readChildId(cell('00123'))).toBe('00123');
    expect(readChildId(cell('00123'))).not.toBe(readChildId(cell(123)));
  });

  it('every space is removed, non-breaking ones too; empty-looking is no ID', () => {
    expect(readChildId(cell(' AB 12\u00a034 '))).toBe('AB1234');
    expect(readChildId(cell('#N/A'))).toBeUndefined();
    expect(readChildId(cell(null))).toBeUndefined();
  });

  it('workers are compared the same way, case-insensitively', () => {
    expect(readWorkerKey(cell('Dustin\u00a0Hazlett'))).toBe('dustinhazlett');
    expect(readWorkerKey(cell(' dustin  HAZLETT'))).toBe('dustinhazlett');
    expect(readWorkerKey(cell('#N/A'))).toBeUndefined();
  });
});

describe('counts, decimals and names', () => {
  it('a whole number of 0 or more, as a number cell or digits', () => {
    expect(readCount(cell(0))).toEqual({ kind: 'value', value: 0 });
    expect(readCount(cell(' 3 '))).toEqual({ kind: 'value', value: 3 });
    expect(readCount(cell(null))).toEqual({ kind: 'empty' });
    for (const given of [1.5, -1, 'two', '1.0', '3+']) expect(readCount(cell(given)).kind, String(given)).toBe('unreadable');
  });

  it('a decimal kept as written', () => {
    expect(readDecimal(cell(0.5))).toEqual({ kind: 'value', value: '0.5' });
    expect(readDecimal(cell(' .8 '))).toEqual({ kind: 'value', value: '.8' });
    expect(readDecimal(cell('1'))).toEqual({ kind: 'value', value: '1' });
    expect(readDecimal(cell('half')).kind).toBe('unreadable');
    expect(readDecimal(cell('50%')).kind).toBe('unreadable');
  });

  it('a name trimmed, its runs of spaces made one', () => {
    expect(readName(cell(' Locality\u00a0 4  Duty Team '))).toBe('Locality 4 Duty Team');
    expect(readName(cell('#N/A'))).toBeUndefined();
  });

  it('describes what a cell held', () => {
    expect(describeCell(cell('x'))).toBe('"x"');
    expect(describeCell(cell(null))).toBe('an empty cell');
    expect(describeCell({ kind: 'formula', formula: 'H2+5' })).toBe('a formula never calculated (=H2+5)');
    expect(describeCell(date('2020-01-02'))).toBe('2020-01-02');
  });
});
