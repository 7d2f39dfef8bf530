// The national field at import (scripts/dfe/nationalField.ts) against the DfE's real files in
// tests/fixtures/dfe, which keep every council for 2018-19 (children in need) and at 30 Sep 2018
// (workforce). Expected figures come by a plain second route: the lines split below (not papaparse,
// not recordsFromCells), arithmetic on the cells, and a few figures counted by hand from the full
// files, each quoted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { recordsFromCells, type CsvRow } from '../../../scripts/dfe/cells';
import type { MeasureMapping } from '../../../scripts/dfe/mapping';
import { nationalFieldFor } from '../../../scripts/dfe/nationalField';
import { indexRows } from '../../../scripts/dfe/rows';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/dfe', name), 'utf8');
const C4 = 'c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv';
const CSWW = 'csww_indicators_2017_to_2025.csv';

const rowsOf = (name: string): CsvRow[] => recordsFromCells(Papa.parse<string[]>(fixture(name), { skipEmptyLines: 'greedy' }).data);

/** The plain route: a line split on commas outside quotes, cells by header. */
function plainRows(name: string): Record<string, string>[] {
  const [header, ...lines] = fixture(name).replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const split = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) => match[1]!.replace(/^"|"$/g, '')).slice(0, -1);
  const names = split(header!);
  return lines.map((line) => Object.fromEntries(split(line).map((cell, index) => [names[index]!, cell])));
}

const icpc: MeasureMapping = {
  indicator: 'CP5',
  file: C4,
  numerator: ['Duration_0-10_days', 'Duration_11-15_days'],
  denominator: 'ICPC',
  period: 'year-to-31-march',
  source: 'DfE',
};
const column = (indicator: string, name: string): MeasureMapping => ({ indicator, file: CSWW, column: name, period: 'at-30-september', source: 'DfE' });
const council = (name: string, code: string) => ({ name, code });

describe('the field of CP5 (ICPCs within 15 working days) in 2018-19, every council', () => {
  const index = indexRows(rowsOf(C4));
  const plain = plainRows(C4).filter((row) => row.time_period === '2019' && row.geographic_level === 'Local authority');
  // The percentage as shown: (0-10 days + 11-15 days) / ICPC, to one decimal; none where a count is not a number or ICPC is 0.
  const shown = (row: Record<string, string>) => {
    const [a, b, all] = [row['Duration_0-10_days'], row['Duration_11-15_days'], row.ICPC].map(Number);
    return [a, b, all].every((n) => Number.isFinite(n)) && all! > 0 ? Math.round((1000 * (a! + b!)) / all!) / 10 : null;
  };
  const field = plain.map(shown).filter((value): value is number => value !== null);

  it('ranks the percentage as shown among every council whose counts are published', () => {
    const entry = nationalFieldFor(index, 2019, '2018-19', icpc, council('Croydon', '306'));
    // 2019,...,Croydon,...,1921,1769,924,921,68,535,... : ICPC 924, 0-10 days 68, 11-15 days 535 → 603 / 924 = 65.3%.
    expect(entry.value).toBe(65.3);
    expect(entry.of).toBe(field.length);
    expect(entry.higher).toBe(field.filter((value) => value > 65.3).length);
    expect(entry.lower).toBe(field.filter((value) => value < 65.3).length);
    // Counted by hand from the full file: 152 councils, 8 without a percentage (a "c" count, or
    // no ICPC at all), 127 above Croydon: 128th of 144.
    expect(plain).toHaveLength(152);
    expect(entry).toMatchObject({ indicator: 'CP5', period: '2018-19', of: 144, higher: 127, lower: 16 });
    expect(entry.quartiles?.[0]).toBe(Math.min(...field));
    expect(entry.quartiles?.[4]).toBe(Math.max(...field));
  });

  it('a council whose count is suppressed: out of the field, its own entry says why', () => {
    // 2019,...,Kensington and Chelsea,...,316,292,62,62,32,c,c,19,... : 11-15 days "c".
    const entry = nationalFieldFor(index, 2019, '2018-19', icpc, council('Kensington and Chelsea', '207'));
    expect(entry).toMatchObject({ value: null, symbol: 'c', note: 'suppressed (c)', of: 144 });
    expect(entry.higher).toBeUndefined();
  });

  it('a council with no row that year (Bournemouth, Christchurch and Poole began in April 2019)', () => {
    expect(nationalFieldFor(index, 2019, '2018-19', icpc, council('Bournemouth, Christchurch and Poole', '839'))).toMatchObject({
      value: null,
      note: 'not published',
      of: 144,
    });
  });
});

describe('the workforce field at 30 Sep 2018: a joint row is one council', () => {
  const index = indexRows(rowsOf(CSWW));
  const plain = plainRows(CSWW).filter((row) => row.time_period === '2018' && row.geographic_level === 'Local authority');
  const numbers = (name: string) => plain.map((line) => Number(line[name])).filter((value) => Number.isFinite(value));

  it('Kingston upon Thames takes the joint figure with Richmond, counted once in the field', () => {
    // 2018,...,314 / 318,...,Kingston upon Thames / Richmond upon Thames,...,vacancy_rate_fte 11.1
    const entry = nationalFieldFor(index, 2018, 'at 30 Sep 2018', column('WF1', 'vacancy_rate_fte'), council('Kingston upon Thames', '314'));
    expect(entry).toMatchObject({ value: 11.1, jointWith: 'Kingston upon Thames / Richmond upon Thames' });
    // One row for the two councils: the field counts rows, not councils named.
    expect(plain.filter((line) => (line.la_name ?? '').includes(' / '))).toHaveLength(1);
    expect(entry.of).toBe(numbers('vacancy_rate_fte').length);
    const richmond = nationalFieldFor(index, 2018, 'at 30 Sep 2018', column('WF1', 'vacancy_rate_fte'), council('Richmond upon Thames', '318'));
    expect(richmond).toMatchObject({ value: 11.1, of: entry.of, higher: entry.higher, lower: entry.lower });
  });

  it('every council’s figure that year is in the field: 151 rows, all numbers', () => {
    const entry = nationalFieldFor(index, 2018, 'at 30 Sep 2018', column('WF2', 'agency_rate_fte'), council('Croydon', '306'));
    // 2018,...,Croydon,...,179.4,182,46.6,... : agency_rate_fte 46.6, one council higher (Swindon, 49.5).
    expect(plain).toHaveLength(151);
    expect(entry).toMatchObject({ value: 46.6, of: numbers('agency_rate_fte').length, higher: 1 });
  });
});

describe('the council’s own cell "low"', () => {
  it('Sunderland’s agency rate at 30 Sep 2025 is "low": not a number, out of the field, its symbol kept', () => {
    const index = indexRows(rowsOf(CSWW));
    const entry = nationalFieldFor(index, 2025, 'at 30 Sep 2025', column('WF2', 'agency_rate_fte'), council('Sunderland', '394'));
    expect(entry).toMatchObject({ value: null, symbol: 'low', note: 'under 0.5 (low)' });
    const published = plainRows(CSWW).filter((row) => row.time_period === '2025' && row.geographic_level === 'Local authority');
    expect(entry.of).toBe(published.filter((row) => Number.isFinite(Number(row.agency_rate_fte)) && row.agency_rate_fte !== '').length);
  });
});
