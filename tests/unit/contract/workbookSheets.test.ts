import { describe, expect, it } from 'vitest';
import { chooseFiguresSheet, chooseWorkstreamsSheet } from '../../../src/domain/contract/workbookSheets';
import { snapshotFromWorkbook } from '../../../src/domain/contract/xlsxImport';
import type { SheetInfo } from '../../../src/domain/spreadsheet/cells';
import { sourceOf } from './workbookSource';

const sheet = (name: string, visibility: SheetInfo['visibility'] = 'visible'): SheetInfo => ({ name, visibility });
const figures = (choice: ReturnType<typeof chooseFiguresSheet>) => [choice.sheet?.name, choice.warnings.map((warning) => warning.message)];

describe('chooseFiguresSheet', () => {
  it('the one visible Figures: no word', () => expect(figures(chooseFiguresSheet([sheet('Figures'), sheet('Workstreams')], 'f.xlsx'))).toEqual(['Figures', []]));
  it('a visible copy over a hidden Figures, named', () => {
    expect(figures(chooseFiguresSheet([sheet('Figures', 'hidden'), sheet('Figures (2)')], 'f.xlsx'))).toEqual(['Figures (2)', ['The figures were read from the sheet "Figures (2)": it is the visible one of "Figures" (hidden), "Figures (2)"']]);
  });
  it('the plain Figures over a visible copy, with the copy named', () => {
    const [name, warnings] = figures(chooseFiguresSheet([sheet('Figures (old)'), sheet('Figures')], 'f.xlsx'));
    expect(name).toBe('Figures');
    expect(warnings).toEqual(['The figures were read from the sheet "Figures": it is the visible one of "Figures", "Figures (old)"']);
  });
  it('a hidden Figures when it is the only one, said so', () => {
    expect(figures(chooseFiguresSheet([sheet('Figures', 'veryHidden'), sheet('Notes')], 'f.xlsx'))[1]).toEqual(['The figures were read from the sheet "Figures": it is hidden, but it is the only sheet called Figures']);
  });
  it('no Figures: the first visible sheet, named', () => {
    expect(figures(chooseFiguresSheet([sheet('Old', 'hidden'), sheet('April')], 'f.xlsx'))).toEqual(['April', ['The figures were read from the sheet "April": there is no sheet called Figures']]);
  });
  it('no sheets: none', () => expect(chooseFiguresSheet([], 'f.xlsx').sheet).toBeUndefined());
});

describe('chooseWorkstreamsSheet', () => {
  const figuresSheet = sheet('Figures');
  it('a renamed Workstreams sheet is read, and named', () => {
    const choice = chooseWorkstreamsSheet([figuresSheet, sheet('Workstream RAGs')], 'f.xlsx', figuresSheet);
    expect(choice.sheet?.name).toBe('Workstream RAGs');
    expect(choice.warnings[0]).toMatchObject({ severity: 'warning', code: 'workbook-sheet', message: 'The workstream reports were read from the sheet "Workstream RAGs"' });
  });
  it('none: a warning listing the sheets there are', () => {
    const choice = chooseWorkstreamsSheet([figuresSheet, sheet('RAG')], 'f.xlsx', figuresSheet);
    expect(choice.sheet).toBeUndefined();
    expect(choice.warnings[0]).toMatchObject({ message: "The workbook has no Workstreams sheet, so no workstream's RAG was read", found: 'the sheets "Figures", "RAG"' });
  });
});

describe('snapshotFromWorkbook reads each cell as Excel means it', () => {
  const workstreams = { name: 'Workstreams', rows: [['workstream', 'rag'], ['practice', 'amber']] };
  it('a percentage cell is its percentage; a count cell shown as a percentage is a warning at its cell', () => {
    const result = snapshotFromWorkbook(sourceOf([{ name: 'Figures', rows: [['id', 'value'], ['CP5', { percent: 0.763 }], ['WF1', { percent: 0.2 }]] }, workstreams]), '2019-04', 'f.xlsx', [{ id: 'CP5', unit: 'percent' }, { id: 'WF1', unit: 'count' }]);
    expect(result.ok && result.snapshot.values).toEqual({ CP5: 76.3, WF1: 20 });
    expect(result.ok && result.warnings).toMatchObject([{ code: 'percent-sign', cell: 'Figures!B3' }]);
  });
  it('a blank heading above figures is an error at it, naming what is below', () => {
    const result = snapshotFromWorkbook(sourceOf([{ name: 'Figures', rows: [['id', 'value', null, 'note'], ['CP5', 86, 51, '']] }, workstreams]), '2019-04', 'f.xlsx');
    expect(!result.ok && result.problems).toMatchObject([{ cell: 'Figures!C1', message: 'Column 3 holds figures but has no heading', found: 'an empty heading above "51" (line 2)' }]);
  });
  it('the people’s name column is not read, whatever it holds', () => {
    const result = snapshotFromWorkbook(sourceOf([{ name: 'Figures', rows: [['id', 'name', 'value'], ['CP5', { error: '#REF!' }, 86]] }, workstreams]), '2019-04', 'f.xlsx');
    expect(result.ok && result.snapshot.values).toEqual({ CP5: 86 });
  });
  it('reads only the sheets it needs, each once', () => {
    const source = sourceOf([{ name: 'Figures', rows: [['id', 'value'], ['CP5', 86]] }, { name: 'Raw data', rows: [['x']] }, workstreams]);
    snapshotFromWorkbook(source, '2019-04', 'f.xlsx');
    expect(Object.fromEntries(source.readCount)).toEqual({ Figures: 1, Workstreams: 1 });
  });
  it('a missing Workstreams sheet is a warning, the figures still read', () => {
    const result = snapshotFromWorkbook(sourceOf([{ name: 'Figures', rows: [['id', 'value'], ['CP5', 86]] }]), '2019-04', 'f.xlsx');
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(['workbook-sheet']);
    expect(result.ok && result.snapshot.workstreams).toBeUndefined();
  });
  it('an error cell on the Workstreams sheet is an error at it', () => {
    const result = snapshotFromWorkbook(sourceOf([{ name: 'Figures', rows: [['id', 'value'], ['CP5', 86]] }, { name: 'Workstreams', rows: [['workstream', 'rag'], ['practice', { error: '#N/A' }]] }]), '2019-04', 'f.xlsx');
    expect(!result.ok && result.problems).toMatchObject([{ cell: 'Workstreams!B2', found: '#N/A' }]);
  });
});
