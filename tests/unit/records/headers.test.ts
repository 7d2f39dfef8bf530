import { describe, expect, it } from 'vitest';
import { closestHeader, locateColumns, normaliseHeader } from '../../../src/domain/records/headers';
import { findLists, listNumberOfName } from '../../../src/domain/records/lists';
import { ProblemLog } from '../../../src/domain/records/problemLog';
import { rows } from './sheets';

describe('normaliseHeader (annex-a.md: lower case, trimmed, runs of spaces one, ? ( ) : and quotes ignored)', () => {
  it('case, spaces and non-breaking spaces', () => {
    expect(normaliseHeader('  DATE  of\u00a0Referral ')).toBe('date of referral');
  });

  it('? ( ) : and the quote marks \' ‘ ’', () => {
    expect(normaliseHeader('Was the child offered a Return Interview after their last missing episode (Y/N)?')).toBe(
      'was the child offered a return interview after their last missing episode y/n',
    );
    expect(normaliseHeader("Number of Episodes the Child has been 'Missing' from their Placement")).toBe(normaliseHeader('Number of Episodes the Child has been ‘Missing’ from their Placement'));
    expect(normaliseHeader('Referral NFA?:')).toBe('referral nfa');
  });

  it('keeps what the definition does not ignore: / - . and double quotes', () => {
    expect(normaliseHeader('Date of Last IRO Visit / Contact to the Child')).toBe('date of last iro visit / contact to the child');
    expect(normaliseHeader('"Date"')).toBe('"date"');
  });
});

describe('locateColumns', () => {
  const wanted = { referralDate: 'Date of Referral', team: 'Allocated Team' } as const;

  it('finds the header row as the first row that is not empty, and columns in any order', () => {
    const found = locateColumns(rows([[null, ''], ['\u00a0'], ['Allocated team', 'Child Unique ID', 'date of referral?'], ['A', 1, '2021-03-01']]), wanted);
    expect(found.headerRow).toBe(3);
    expect(found.columns).toEqual({ team: 0, referralDate: 2 });
    expect(found.missing).toEqual([]);
    expect(found.rows.map((row) => row.row)).toEqual([4]);
  });

  it('names a missing column with the closest header found', () => {
    const found = locateColumns(rows([['Child Unique ID', 'Referral Date', 'Team']]), wanted);
    expect(found.missing).toEqual([
      { key: 'referralDate', header: 'Date of Referral', closest: 'Referral Date' },
      { key: 'team', header: 'Allocated Team', closest: 'Team' },
    ]);
  });

  it('a header written twice: the first is used', () => {
    expect(locateColumns(rows([['Date of Referral', 'Date of Referral']]), wanted).columns.referralDate).toBe(0);
  });

  it('an empty sheet has no header row and every column missing', () => {
    const found = locateColumns([], wanted);
    expect(found.headerRow).toBeUndefined();
    expect(found.missing.map((column) => column.key)).toEqual(['referralDate', 'team']);
  });

  it('closestHeader prefers the header sharing most words, then the fewest edits', () => {
    expect(closestHeader('Allocated Worker', ['Allocated Team', 'Allocated Social Worker'])).toBe('Allocated Social Worker');
    expect(closestHeader('Date of Referral', ['Referral Source', 'Referral Date'])).toBe('Referral Date');
  });

  it('closestHeader ignores empty headers and takes the nearest however far', () => {
    expect(closestHeader('CIN Closure Date', ['', 'CIN Start Date', 'Case Status'])).toBe('CIN Start Date');
    expect(closestHeader('x', [''])).toBeUndefined();
  });
});

describe('lists by sheet or file name (annex-a.md: the list number at the start of the name)', () => {
  it.each([
    ['List 5', 5], ['list5', 5], ['List 5 - Section 47', 5], ['L5', 5], ['l 5', 5], ['list-5.csv', 5], ['List_8', 8], ['List 10', 10], ['List 1', 1],
  ])('%s is list %i', (name, list) => {
    expect(listNumberOfName(name)).toBe(list);
  });

  it.each(['Lists', 'Looked after', 'Notes', 'Sheet1', '5 List', 'List one'])('%s is no list', (name) => {
    expect(listNumberOfName(name)).toBeUndefined();
  });

  it('two sheets for one list: the visible one, else the first; the other is named and not read', () => {
    const log = new ProblemLog();
    const found = findLists(
      [
        { name: 'List 7 old', visibility: 'hidden', rows: [] },
        { name: 'List 7', rows: [] },
        { name: 'L7 copy', rows: [] },
        { name: 'List 8', rows: [] },
      ],
      log,
    );
    expect(found.get(7)!.name).toBe('List 7');
    expect(found.get(8)!.name).toBe('List 8');
    expect(log.problems()).toEqual([
      expect.objectContaining({ list: 7, found: 'a second sheet for list 7: "L7 copy"', effect: 'not read: "List 7" was read for list 7' }),
      expect.objectContaining({ list: 7, found: 'a second sheet for list 7: "List 7 old" (hidden)' }),
    ]);
  });
});
