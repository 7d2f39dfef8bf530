// Workbooks made by the template script (scripts/makeTemplateWorkbook.ts), read back by the same
// library the browser and npm run import use, then converted by snapshotFromWorkbook.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateWorkbook, type TemplateFill } from '../../../scripts/makeTemplateWorkbook';
import { checkDataset } from '../../../src/domain/contract/dataset';
import { readDataFile } from '../../../src/domain/contract/readFile';
import { openFiguresWorkbook } from '../../../src/domain/contract/workbookFile';
import { cellName, cellOfProblem, cellText, columnLetter } from '../../../src/domain/contract/workbookCells';
import { snapshotFromWorkbook, type WorkbookSource } from '../../../src/domain/contract/xlsxImport';
import { sourceOf } from './workbookSource';
import type { Indicator, Workstream } from '../../../src/domain/schema';

const data = resolve('data');
const indicators = (JSON.parse(readFileSync(resolve(data, 'indicators.json'), 'utf8')) as { indicators: Indicator[] }).indicators;
const workstreams = (JSON.parse(readFileSync(resolve(data, 'workstreams.json'), 'utf8')) as { workstreams: Workstream[] }).workstreams;

async function sheetsOf(fill: TemplateFill): Promise<WorkbookSource> {
  const read = openFiguresWorkbook(new Uint8Array(await templateWorkbook(indicators, workstreams, fill)));
  if (!read.ok) throw new Error(read.detail);
  return read.workbook;
}

describe('cell names', () => {
  it('letters columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(cellName('Figures', 7, 3)).toBe('Figures!C7');
    expect(cellName('My sheet', 1, 1)).toBe("'My sheet'!A1");
  });

  it('writes each cell as Excel shows it: a date as its day, a percentage as its percentage', () => {
    expect(cellText({ kind: 'date', date: '2019-04-30' })).toBe('2019-04-30');
    expect(cellText({ kind: 'empty' })).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText({ kind: 'number', value: 43.5, format: 'general', numFmt: 'General' })).toBe('43.5');
    expect(cellText({ kind: 'number', value: 0.88, format: 'percent', numFmt: '0%' })).toBe('88%');
    expect(cellText({ kind: 'number', value: 0.8825, format: 'percent', numFmt: '0%' })).toBe('88.25%');
    expect(cellText({ kind: 'boolean', value: true })).toBe('TRUE');
    expect(cellText({ kind: 'error', error: '#N/A' })).toBeUndefined();
    expect(cellText({ kind: 'formula', formula: 'B2/C2' })).toBeUndefined();
  });
});

describe('snapshotFromWorkbook on the template', () => {
  it('reads figures and workstream reports; empty rows are not reported', async () => {
    const sheets = await sheetsOf({
      figures: { CP5: { value: 86.3, numerator: 44, denominator: 51, note: 'Police notice – under review' }, WF1: { value: '43%' }, SUP1: { note: 'Not reportable' }, FD2: { value: 60, quality: 'caution', whatItShows: 'Fewer contacts in time', owner: 'Head of MASH' } },
      workstreams: { practice: { rag: 'Green', status: 'On track', highlights: ['Train the trainer', 'Audit'], risks: ['Workloads'] } },
    });
    expect(sheets.sheets.map((sheet) => sheet.name)).toEqual(['Figures', 'Workstreams', 'How to fill in']);
    const result = snapshotFromWorkbook(sheets, '2019-04', 'figures.xlsx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.values.CP5).toEqual({ value: 86.3, numerator: 44, denominator: 51, note: 'Police notice – under review' });
    expect(result.snapshot.values.WF1).toBe(43);
    expect(result.snapshot.values.FD2).toMatchObject({ value: 60, quality: 'caution', narrative: { whatItShows: 'Fewer contacts in time', owner: 'Head of MASH' } });
    expect(result.snapshot.values.SUP1).toEqual({ value: null, note: 'Not reportable' });
    // Every indicator of the template has a row; an empty one is null.
    expect(Object.keys(result.snapshot.values)).toEqual(indicators.map((indicator) => indicator.id));
    expect(result.snapshot.workstreams).toEqual({ practice: { rag: 'green', status: 'On track', highlights: ['Train the trainer', 'Audit'], risks: ['Workloads'] } });
  });

  it('puts a cell that is not a number at its cell', async () => {
    const sheets = await sheetsOf({ figures: { CP2: { value: 'n/a' } } });
    const result = snapshotFromWorkbook(sheets, '2019-04', 'figures.xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const row = indicators.findIndex((indicator) => indicator.id === 'CP2') + 2;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', file: 'figures.xlsx', cell: `Figures!C${row}` });
  });

  it('places check-data’s problems (a percent above 100, an unknown RAG) at their cells', async () => {
    const sheets = await sheetsOf({ figures: { CP5: { value: 150 } }, workstreams: { platforms: { rag: 'purple' } } });
    const result = snapshotFromWorkbook(sheets, '2019-04', 'figures.xlsx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const files = ['site.json', 'indicators.json', 'workstreams.json'].map((file) => readDataFile(file, new Uint8Array(readFileSync(resolve(data, file)))));
    const snapshotFile = readDataFile('snapshots/2019-04.json', JSON.stringify(result.snapshot));
    const problems = [...snapshotFile.problems, ...checkDataset([...files, snapshotFile]).problems.filter((problem) => problem.file === 'snapshots/2019-04.json')];
    const cells = problems.filter((problem) => problem.severity === 'error').map((problem) => cellOfProblem(result.cells, problem));
    const platformsRow = workstreams.findIndex((workstream) => workstream.id === 'platforms') + 2;
    expect(cells).toContain(`Workstreams!C${platformsRow}`);
    // The RAG error is a schema error, found before the catalogue checks; the percent alone:
    const percent = readDataFile('snapshots/2019-04.json', JSON.stringify({ ...result.snapshot, workstreams: undefined }));
    const percentProblems = checkDataset([...files, percent]).problems.filter((problem) => problem.file === 'snapshots/2019-04.json' && problem.severity === 'error');
    const cp5Row = indicators.findIndex((indicator) => indicator.id === 'CP5') + 2;
    expect(percentProblems.map((problem) => cellOfProblem(result.cells, problem))).toEqual([`Figures!C${cp5Row}`]);
  });

  it('names an unknown column and a missing RAG column on the Workstreams sheet', () => {
    const figures = { name: 'Figures', rows: [['id', 'value'], ['CP5', 43]] };
    const unknown = snapshotFromWorkbook(sourceOf([figures, { name: 'Workstreams', rows: [['workstream', 'rag', 'colour'], ['practice', 'red', 'x']] }]), '2019-04', 'f.xlsx');
    expect(!unknown.ok && unknown.problems.map((problem) => problem.cell)).toEqual(['Workstreams!C1']);
    const noRag = snapshotFromWorkbook(sourceOf([figures, { name: 'Workstreams', rows: [['workstream', 'status']] }]), '2019-04', 'f.xlsx');
    expect(!noRag.ok && noRag.problems[0]!.message).toMatch(/"rag"/);
  });

  it('refuses a file that is not a workbook', () => {
    const read = openFiguresWorkbook(new TextEncoder().encode('id,value\nCP5,43\n'));
    expect(read.ok).toBe(false);
  });
});

describe('a workbook cell longer than any spreadsheet cell', () => {
  it('on the Figures sheet or the Workstreams sheet: an error at its cell, nothing read', () => {
    const huge = 'x'.repeat(40_000);
    const result = snapshotFromWorkbook(sourceOf([{ name: 'Figures', rows: [['id', 'value', 'note'], ['CP5', 32, huge]] }]), '2019-04', 'f.xlsx');
    expect(!result.ok && result.problems).toMatchObject([{ code: 'too-large', cell: 'Figures!C2' }]);
    const workstreams = { name: 'Workstreams', rows: [['workstream', 'rag', 'highlights'], ['practice', 'green', huge]] };
    const both = snapshotFromWorkbook(sourceOf([{ name: 'Figures', rows: [['id', 'value'], ['CP5', 32]] }, workstreams]), '2019-04', 'f.xlsx');
    expect(!both.ok && both.problems).toMatchObject([{ code: 'too-large', cell: 'Workstreams!C2' }]);
  });
});
