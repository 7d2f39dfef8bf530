import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, parseSpreadsheetNumber, snapshotFromCsv, type CsvResult } from '../../../src/domain/contract/csvImport';
import type { Problem } from '../../../src/domain/contract/problems';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function ok(result: CsvResult) {
  if (!result.ok) throw new Error(`expected a snapshot: ${JSON.stringify(result.problems)}`);
  return result.snapshot;
}

function problems(result: CsvResult): Problem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('parseSpreadsheetNumber', () => {
  it.each([
    ['43', 43],
    ['43%', 43],
    [' 43 % ', 43],
    ['21.4', 21.4],
    ['1,204', 1204],
    ['1,204,567.5', 1204567.5],
    ['-5', -5],
    ['.5', 0.5],
    ['0', 0],
  ])('%j is %s', (text, number) => {
    expect(parseSpreadsheetNumber(text)).toBe(number);
  });

  it.each(['', '   ', '%'])('%j is null (no value)', (text) => {
    expect(parseSpreadsheetNumber(text)).toBeNull();
  });

  it.each(['n/a', 'abc', '1,2', '12,34', '1.204,5', '43 %%', '1e3', '4 3', '--1', 'NaN', 'Infinity'])('%j is not a number', (text) => {
    expect(parseSpreadsheetNumber(text)).toBeUndefined();
  });
});

describe('snapshotFromCsv', () => {
  it('reads a plain CSV', () => {
    const snapshot = ok(snapshotFromCsv('id,value,numerator,denominator,note\nCP5,32,12,37,Police notice\nWF1,43,,,\n', '2017-11', 'nov.csv'));
    expect(snapshot).toEqual({
      month: '2017-11',
      status: 'final',
      values: { CP5: { value: 32, numerator: 12, denominator: 37, note: 'Police notice' }, WF1: 43 },
    });
  });

  it('tolerates what Excel does: BOM, semicolons, "43%", "1,204", blank rows, CRLF, columns in another order', () => {
    const text = '\uFEFFnote;value;id\r\n;43%;CP5\r\n\r\n;1,204;WF1\r\n;;\r\n"Not reportable";;SUP1\r\n\r\n';
    for (const content of [text, bytes(text)]) {
      const snapshot = ok(snapshotFromCsv(content, '2017-11', 'nov.csv'));
      expect(snapshot.values).toEqual({ CP5: 43, WF1: 1204, SUP1: { value: null, note: 'Not reportable' } });
    }
  });

  it('reads tabs, quoted cells and header names in any case', () => {
    const snapshot = ok(snapshotFromCsv('ID\tValue\tNote\nCP5\t"32"\t"Says ""hello"", twice"\n', '2017-11', 'nov.tsv'));
    expect(snapshot.values).toEqual({ CP5: { value: 32, note: 'Says "hello", twice' } });
  });

  it('a comma-separated file with a quoted "1,204"', () => {
    expect(ok(snapshotFromCsv('id,value\nWF1,"1,204"\n', '2017-11', 'nov.csv')).values).toEqual({ WF1: 1204 });
  });

  it('names the line and column of a cell that is not a number', () => {
    const [problem, ...rest] = problems(snapshotFromCsv('note,id,value\n,CP5,43%\n,WF1,n/a\n', '2017-11', 'nov.csv'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error', code: 'wrong-type', file: 'nov.csv', line: 3, column: 3, found: '"n/a"',
    });
    expect(problem!.message).toContain('WF1');
    expect(problem!.expected).toContain('43%');
  });

  it('counts blank rows when naming the line of a bad number', () => {
    // BUG (see report): papaparse drops blank rows before the line is worked out from the row index.
    const text = 'id;value\n\nCP5;43%\n\n\nWF1;n/a\n';
    const [problem] = problems(snapshotFromCsv(text, '2017-11', 'nov.csv'));
    expect(problem).toMatchObject({ code: 'wrong-type', line: 6, column: 2 });
  });

  it('a numerator that is not a number names its own column', () => {
    const [problem] = problems(snapshotFromCsv('id,value,numerator,denominator\nCP5,32,twelve,37\n', '2017-11', 'nov.csv'));
    expect(problem).toMatchObject({ line: 2, column: 3, found: '"twelve"' });
  });

  it('a row with no id', () => {
    const [problem] = problems(snapshotFromCsv('value,id\n43,\n', '2017-11', 'nov.csv'));
    expect(problem).toMatchObject({ code: 'missing-field', line: 2, column: 2 });
  });

  it('an indicator in two rows', () => {
    const [problem] = problems(snapshotFromCsv('id,value\nCP5,43\nCP5,44\n', '2017-11', 'nov.csv'));
    expect(problem).toMatchObject({ code: 'duplicate-id', line: 3, column: 1 });
    expect(problem!.found).toContain('line 2');
  });

  it('a file without a header row', () => {
    const [problem] = problems(snapshotFromCsv('CP5,43\nWF1,44\n', '2017-11', 'nov.csv'));
    expect(problem).toMatchObject({ code: 'invalid-value', line: 1, column: 1 });
    expect(problem!.expected).toContain('id, value');
  });

  it('an unknown column names its column', () => {
    const [problem] = problems(snapshotFromCsv('id,value,valeu\nCP5,43,1\n', '2017-11', 'nov.csv'));
    expect(problem).toMatchObject({ code: 'invalid-value', line: 1, column: 3, found: '"valeu"' });
  });

  it('an empty file is refused; a file that is not UTF-8 is converted from Windows-1252 with a warning at its first such character', () => {
    expect(problems(snapshotFromCsv('', '2017-11', 'nov.csv'))[0]).toMatchObject({ line: 1, column: 1 });
    const latin1 = new Uint8Array(Buffer.from('id,value,note\nCP5,43,\u00a3\n', 'latin1'));
    const converted = snapshotFromCsv(latin1, '2017-11', 'nov.csv');
    expect(converted.ok && converted.snapshot.values.CP5).toEqual({ value: 43, note: '\u00a3' });
    expect(converted.ok && converted.warnings[0]).toMatchObject({ severity: 'warning', line: 2, column: 8 });
  });
});

describe('what a spreadsheet loses silently, said at its line and column', () => {
  it('a column named twice is an error at the second', () => {
    expect(problems(snapshotFromCsv('id,value,note,value\nCP5,32,,33\n', '2019-04', 'f.csv'))).toMatchObject([
      { severity: 'error', line: 1, column: 4, message: 'The column "value" is named twice' },
    ]);
  });

  it('a row with a cell beyond the header is an error at that cell; empty extra cells are fine', () => {
    expect(problems(snapshotFromCsv('id,value\nCP5,32\nWF1,20,21\n', '2019-04', 'f.csv'))).toMatchObject([{ severity: 'error', line: 3, column: 3, found: '"21" in column 3' }]);
    expect(ok(snapshotFromCsv('id,value\nCP5,32,,\n', '2019-04', 'f.csv')).values).toEqual({ CP5: 32 });
  });

  it('a % on an indicator that is not a percent is a warning, with the catalogue', () => {
    const result = snapshotFromCsv('id,value\nCP5,32%\nWF1,20%\n', '2019-04', 'f.csv', [{ id: 'CP5', unit: 'percent' }, { id: 'WF1', unit: 'count' }]);
    expect(result.ok && result.warnings).toMatchObject([{ severity: 'warning', code: 'percent-sign', line: 3, column: 2, message: 'WF1 is a count, not a percent, but its value has a %' }]);
  });
});

describe('a cell longer than any spreadsheet cell', () => {
  const csv = (note: string) => `id,value,note\nCP5,32,${note}\n`;
  it('32,767 characters (Excel’s own limit) is read; one more is an error at its cell', () => {
    expect(snapshotFromCsv(csv('x'.repeat(MAX_CELL_CHARS)), '2019-04', 'f.csv').ok).toBe(true);
    const result = snapshotFromCsv(csv('x'.repeat(MAX_CELL_CHARS + 1)), '2019-04', 'f.csv');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toMatchObject([{ severity: 'error', code: 'too-large', line: 2, column: 3, found: '32,768 characters' }]);
  });
});

describe('a column with figures below an empty heading', () => {
  it('is an error at the heading, naming what it holds: the figures would be lost', () => {
    const result = snapshotFromCsv('id,value,,note\nCP5,32,12,\n', '2019-04', 'f.csv');
    expect(!result.ok && result.problems).toMatchObject([{ severity: 'error', line: 1, column: 3, message: 'Column 3 holds figures but has no heading', found: 'an empty heading above "12" (line 2)' }]);
  });
  it('an empty column under an empty heading is nothing', () => {
    expect(snapshotFromCsv('id,value,,note\nCP5,32,,\n', '2019-04', 'f.csv').ok).toBe(true);
  });
});
