// countMonth as a whole: every measure comes out, in order; a missing list or column stops only the
// measures that need it; header variants find their columns; the month must be countable.
import { describe, expect, it } from 'vitest';
import { ANNEX_A_MEASURE_IDS } from '../../../src/domain/schema';
import { countMonth, monthProblem } from '../../../src/domain/records/countMonth';
import { rows, sheet, LIST_1_HEADERS, LIST_5_HEADERS } from './sheets';

describe('countMonth', () => {
  it('gives every measure, in annex-a.md’s order; with no lists, each says which list it needs', () => {
    const result = countMonth({ month: '2021-03', sheets: [] });
    expect(Object.keys(result.measures)).toEqual([...ANNEX_A_MEASURE_IDS]);
    expect(result.measures.contacts).toEqual({ counted: false, value: null, note: 'Needs list 1 (contacts), which the extract does not have' });
    expect(result.measures.icpcIn15.note).toBe('Needs list 5 (Section 47 enquiries and ICPCs), which the extract does not have');
    expect(result.measures.caseload.note).toBe('Needs lists 4 (assessments), 6 (children in need), 7 (child protection) and 8 (children looked after), which the extract does not have');
    expect(result.problems).toEqual([]);
  });

  it('a missing list stops only the measures that need it', () => {
    const result = countMonth({ month: '2021-03', sheets: [sheet('List 1', LIST_1_HEADERS, [{ 'Child Unique ID': '1', 'Date of Contact': '2021-03-01' }])] });
    expect(result.measures.contacts).toMatchObject({ counted: true, value: 1 });
    expect(result.measures.referrals.counted).toBe(false);
  });

  it('finds columns whatever their case, spaces, non-breaking spaces, ?, quotes, brackets and order', () => {
    const headers = [
      'ALLOCATED TEAM',
      'Date of initial child protection conference:',
      ' was an initial child protection conference  deemed unnecessary ',
      'Strategy\u00a0discussion initiating Section 47 Enquiry Start Date (date)',
      'Child Unique ID',
    ];
    const list5 = { name: 'list5', rows: rows([headers, ['CP', '2021-03-05', 'No', '2021-03-01', '1']]) };
    // The strategy header has "(date)" added: brackets are ignored, the word is not, so the column is missing.
    const missing = countMonth({ month: '2021-03', sheets: [list5] });
    expect(missing.measures.icpcIn15.note).toBe(
      'List 5 has no column "Strategy discussion initiating Section 47 Enquiry Start Date" (the closest header is "Strategy\u00a0discussion initiating Section 47 Enquiry Start Date (date)")',
    );
    const fixed = { name: 'L5', rows: rows([headers.map((header) => header.replace(' (date)', '')), ['CP', '2021-03-05', 'No', '2021-03-01', '1']]) };
    expect(countMonth({ month: '2021-03', sheets: [fixed] }).measures.icpcIn15).toMatchObject({ counted: true, value: 100, breakdown: { CP: { value: 100 } } });
  });

  it('an empty sheet for a list says so', () => {
    const result = countMonth({ month: '2021-03', sheets: [{ name: 'List 5', rows: [] }] });
    expect(result.measures.icpcIn15.note).toBe('List 5 is empty');
    expect(result.problems).toEqual([{ list: 5, row: null, child: null, column: null, found: 'no rows at all', expected: 'a header row, then one row per record', effect: 'icpcIn15 not counted' }]);
  });

  it('blank rows are skipped without a word, wherever they are', () => {
    const list5 = sheet('List 5', LIST_5_HEADERS, [{}, { 'Child Unique ID': '1', 'Strategy discussion initiating Section 47 Enquiry Start Date': '2021-03-01', 'Date of Initial Child Protection Conference': '2021-03-02' }, { 'Child Unique ID': ' ' }]);
    const result = countMonth({ month: '2021-03', sheets: [list5] });
    expect(result.measures.icpcIn15).toMatchObject({ value: 100, denominator: 1 });
    expect(result.problems).toEqual([]);
  });

  it('refuses a month it cannot count: not YYYY-MM, or outside the years of the bank holidays', () => {
    expect(monthProblem('2021-03')).toBeUndefined();
    expect(monthProblem('2021-3')).toContain('not a month');
    expect(monthProblem('2031-01')).toContain('covers 2010 to 2030');
    expect(() => countMonth({ month: '2009-12', sheets: [] })).toThrow(RangeError);
  });
});
