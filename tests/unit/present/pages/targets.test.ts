import { describe, expect, it } from 'vitest';
import { ownersOf, targetsModel } from '../../../../src/domain/present/pages/targets';
import { MORE_COLUMN } from '../../../../src/domain/present/pages/targetColumns';
import { tableCsvRows } from '../../../../src/domain/present/table';
import { cellTexts, data, marks, nationalData, planData, rowNamed } from './pageFixtures';

describe('targetsModel', () => {
  const may = targetsModel(data, '2018-05');
  const nationalPlanData = { ...planData, comparators: nationalData.comparators };

  it('gives every indicator its value, status, target, change, area, SPC and England, in words', () => {
    expect(may.table.columns.map((column) => column.label)).toEqual(['Indicator', 'Value', 'Status', 'Target', 'Change', 'England', 'vs England', 'Area', 'Variation', 'Assurance']);
    expect(cellTexts(may.table)[0]).toEqual(['ICPC timeliness', '86%', 'Green', '85%', 'Up', '76.9%', 'Better', 'Child protection', '', 'Too few months for the SPC icons: 4 of the 12 needed.']);
    expect(rowNamed(may.table, 'ICPC timeliness').cells.england!.detail).toBe('2017-18');
    expect(rowNamed(may.table, 'Front door demand').cells.target!.text).toBe('None');
    expect(rowNamed(may.table, 'Front door demand').cells.change!.text).toBe('Up');
    expect(may.count).toBe('Showing 5 of 5 indicators.');
    expect(may.empty).toBeUndefined();
  });

  it('puts the columns the board reads first, and the rest behind “More columns”, open as the address asks', () => {
    const plan = targetsModel(nationalPlanData, '2018-05');
    const board = plan.table.columns.filter((column) => column.className !== MORE_COLUMN).map((column) => column.label);
    expect(board).toEqual(['Indicator', 'Value', 'Status', 'Target', 'Change', 'England', 'vs England', 'National', 'Trajectory']);
    expect(plan.table.columns.slice(board.length).map((column) => [column.label, column.className])).toEqual(['Area', 'Variation', 'Assurance', 'Year to date', 'Quality'].map((label) => [label, MORE_COLUMN]));
    expect(plan.moreColumns).toEqual({ open: false, summary: 'More columns', text: 'Adds Area, Variation, Assurance, Year to date and Quality to the table. The CSV download always has every column.' });
    expect(targetsModel(nationalPlanData, '2018-05', { columns: 'all' }).moreColumns.open).toBe(true);
    expect(targetsModel(nationalPlanData, '2018-05', { columns: 'some' }).moreColumns.open).toBe(false);
    // The CSV keeps every column whatever the page shows.
    expect(tableCsvRows(plan.table).header).toEqual(expect.arrayContaining(['Area', 'Variation', 'Assurance', 'Year to date', 'Quality', 'National', 'Trajectory']));
  });

  it('keeps the figure, the key columns and the row header where a phone and a screen reader need them', () => {
    expect(may.table.columns.filter((column) => column.keyColumn).map((column) => column.key)).toEqual(['value', 'status']);
    expect(may.table.columns.find((column) => column.rowHeader)!.key).toBe('indicator');
    expect(may.table.columns.every((column) => column.sortable)).toBe(true);
  });

  it('filters by status, area and owner as the address asks, and says how many are shown', () => {
    const red = targetsModel(data, '2018-05', { status: 'red' });
    expect(red.table.rows.map((row) => row.key)).toEqual(['SUP1']);
    expect(red.count).toBe('Showing 1 of 5 indicators.');
    expect(red.filtered).toBe(true);
    expect(targetsModel(data, '2018-05', { area: 'Workforce' }).table.rows.map((row) => row.key)).toEqual(['WF1', 'CL1']);
    expect(targetsModel(data, '2018-05', { status: 'none' }).table.rows.map((row) => row.key)).toEqual(['FD2']);
    const nothing = targetsModel(data, '2018-05', { status: 'amber', area: 'Front door' });
    expect(nothing.empty).toBe('No indicator matches these filters.');
    expect(targetsModel(planData, '2018-05', { owner: 'Head of Workforce' }).table.rows.map((row) => row.key)).toEqual(['WF1']);
  });

  it('offers the owner filter only when the catalogue names owners, in alphabetical order', () => {
    expect(may.filters.map((filter) => filter.id)).toEqual(['area', 'status']);
    expect(ownersOf(planData.indicators)).toEqual(['Head of Service, Child Protection', 'Head of Workforce', 'Principal Social Worker']);
    expect(targetsModel(planData, '2018-05').filters.map((filter) => filter.id)).toEqual(['area', 'status', 'owner']);
  });

  it('sorts as the address asks, and marks the glossary terms in the order shown', () => {
    const byValue = targetsModel(data, '2018-05', { sort: 'value' });
    expect(byValue.table.rows.map((row) => row.cells.indicator!.text)).toEqual(['Average caseload', 'Vacancy rate', 'Case supervision', 'Front door demand', 'ICPC timeliness']);
    const all = byValue.table.rows.flatMap((row) => [...marks(row.cells.indicator!.terms), ...marks(row.note?.terms)]);
    expect(all).toEqual([...new Set(all)]);
  });

  it('writes the CSV for Excel: every column in the agreed order, figures as in the data, empty where there is nothing', () => {
    const november = targetsModel(data, '2018-01');
    const csv = tableCsvRows(november.table);
    expect(csv.header).toEqual(['Month', 'Indicator id', 'Indicator', 'Area', 'Unit', 'Value', 'Numerator', 'Denominator', 'Target', 'Amber threshold', 'Status', 'Variation', 'Assurance', 'Change', 'England', 'England period', 'vs England', 'Why the signals differ']);
    expect(csv.rows[0]).toEqual(['2018-01', 'CP5', 'Initial child protection conferences held within 15 working days', 'Child protection', 'percent', 32, 12, 37, 60, 50, 'Red', '', '', '', 76.9, '2017-18', 'Worse', '']);
    // A neutral indicator has no RAG and no target in the CSV; a count's unit is its word.
    expect(csv.rows[2]!.slice(4, 11)).toEqual(['number', 70, '', '', '', '', '']);
    expect(november.table.csv!.fileName).toBe('targets-2018-01.csv');
  });

  it('adds the plan’s columns, and their CSV columns, only when the folder uses the plan’s fields', () => {
    const plan = targetsModel(planData, '2018-05');
    expect(plan.table.columns.map((column) => column.key).slice(-6)).toEqual(['trajectory', 'area', 'variation', 'assurance', 'yearToDate', 'quality']);
    expect(tableCsvRows(plan.table).header.slice(-7)).toEqual(['Owner', 'Trajectory (planned)', 'Trajectory', 'Year to date', 'Year to date period', 'Year to date months', 'Quality']);
    const vacancy = rowNamed(plan.table, 'Vacancy rate');
    expect(vacancy.cells.trajectory).toMatchObject({ text: 'Behind trajectory', strong: true });
    expect(vacancy.cells.quality!.text).toBe('Use with caution');
  });

  it('puts the reason two signals differ on a line under the row, named for screen readers', () => {
    const march = targetsModel(data, '2018-03');
    // A month's move is no signal of its own (it is a change only when the SPC says so), so "red but improved" needs no line.
    expect(march.table.rows.filter((row) => row.note).map((row) => row.key)).toEqual(['WF1']);
    const vacancy = rowNamed(march.table, 'Vacancy rate');
    expect(vacancy.note).toMatchObject({ kind: 'reconcile', spoken: 'Vacancy rate: ' });
    expect(vacancy.note!.text).toMatch(/^Green but worse than England: our target of 25% is less demanding/);
    expect(tableCsvRows(march.table).rows.find((csvRow) => csvRow[1] === 'WF1')!.at(-1)).toBe(vacancy.note!.text);
    expect(may.table.rows.filter((row) => row.note)).toEqual([]);
  });

  it('adds the national band and rank, with its period, its CSV columns and a note on which figure it ranks, only with national figures', () => {
    const national = targetsModel(nationalData, '2018-05');
    expect(national.table.columns.map((column) => column.label)).toEqual(['Indicator', 'Value', 'Status', 'Target', 'Change', 'England', 'vs England', 'National', 'Area', 'Variation', 'Assurance']);
    expect(rowNamed(national.table, 'ICPC timeliness').cells.national).toMatchObject({ text: 'Band B, 46th of 151', detail: '2017-18' });
    expect(rowNamed(national.table, 'Vacancy rate').cells.national).toMatchObject({ text: 'Band D, 122nd of 152', detail: 'at 30 Sep 2017' });
    expect(rowNamed(national.table, 'Front door demand').cells.national!.text).toBe('No DfE figure');
    const csv = tableCsvRows(national.table);
    expect(csv.header.slice(-2)).toEqual(['National', 'National period']);
    expect(csv.rows[0]!.slice(-2)).toEqual(['Band B, 46th of 151', '2017-18']);
    expect(national.howToRead.at(-1)).toMatch(/^National band and rank: where Testshire’s DfE published figure/);
    // Sorted best band first; those without a rank last.
    const sorted = targetsModel(nationalData, '2018-05', { sort: 'national' });
    expect(sorted.table.rows.map((row) => row.key)).toEqual(['CP5', 'WF1', 'FD2', 'SUP1', 'CL1']);
    expect(may.table.columns.map((column) => column.key)).not.toContain('national');
  });
});
