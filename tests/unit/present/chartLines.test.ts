import { describe, expect, it } from 'vitest';
import { axisTitle, lineEnds, MAX_SERIES, OMITTED_IN_TABLE, OMITTED_ON_DASHBOARD, omittedLinesNote, trendLines } from '../../../src/domain/present/chartLines';
import { trendData } from '../../../src/domain/present/trendData';
import { caseload, caseloadSeries, timeliness } from './trendFixtures';

describe('the lines of a trend chart', () => {
  it('draws the figure, target, amber threshold and comparators, never the team breakdown', () => {
    const { lines, omitted } = trendLines(trendData(caseload, caseloadSeries), 'Average caseload');
    expect(lines.map((line) => line.role)).toEqual(['value', 'target', 'amber', 'england', 'region', 'neighbours']);
    expect(lines.length).toBeLessThanOrEqual(MAX_SERIES);
    expect(omitted).toEqual([]);
    expect(lines.find((line) => line.role === 'target')?.step).toBe(true);
    expect(lines[0]!.step).toBe(false);
  });

  it('caps the lines, keeping the figure and naming what it left off', () => {
    const { lines, omitted } = trendLines(trendData(caseload, caseloadSeries), 'Average caseload', 4);
    expect(lines.map((line) => line.role)).toEqual(['value', 'target', 'amber', 'england']);
    expect(omitted.map((line) => line.label)).toEqual(['Outer London', 'Statistical neighbours (mean of 10)']);
    expect(trendLines(trendData(caseload, caseloadSeries), 'Average caseload', 0).lines.map((line) => line.role)).toEqual(['value']);
  });

  it('shares one scale over the drawn lines, a percentage’s within 0–100%', () => {
    expect(trendLines(trendData(caseload, caseloadSeries), 'Average caseload').scale?.domain).toEqual([14, 20]); // target 15 to the figure 20
    // 29% against a target of 60%: fitted, not stretched to 0–100.
    expect(trendLines(trendData(timeliness, [{ month: '2017-10', value: 29, noSnapshot: false }]), 'ICPC timeliness').scale?.domain).toEqual([20, 60]);
  });

  it('ends each line at its last value, or nowhere when the last month has none', () => {
    const data = trendData(caseload, [...caseloadSeries, { month: '2018-01', value: null, noSnapshot: false }]);
    const { lines } = trendLines(data, 'Average caseload');
    const ends = lineEnds(data.rows, lines);
    expect(ends.find((end) => end.key === 'value')?.value).toBeNull();
    expect(ends.find((end) => end.key === 'target')).toEqual({ key: 'target', label: 'Target', value: 15 });
    expect(lineEnds([], lines).every((end) => end.value === null)).toBe(true);
  });

  it('titles the y-axis with what is counted and its unit', () => {
    expect(axisTitle(timeliness)).toBe('ICPC timeliness (%)');
    expect(axisTitle(caseload)).toBe('Average caseload (number)');
  });

  it('names the lines left off and where to read them: the page’s table, or the dashboard from the pack (whose table has none of them)', () => {
    const { omitted } = trendLines(trendData(caseload, caseloadSeries), 'Average caseload', 4);
    expect(omittedLinesNote(omitted, OMITTED_IN_TABLE)).toBe('Not drawn, to keep the chart readable (in the table below): Outer London, Statistical neighbours (mean of 10).');
    expect(omittedLinesNote(omitted, OMITTED_ON_DASHBOARD)).toBe('Not drawn, to keep the chart readable (on this indicator’s page of the dashboard): Outer London, Statistical neighbours (mean of 10).');
    expect(omittedLinesNote([], OMITTED_IN_TABLE)).toBeUndefined();
  });
});
