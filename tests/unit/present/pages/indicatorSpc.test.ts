// The SPC view after a change in the process: it offers the limits recalculated from the month the
// change began, redraws the mean, limits, summary and table from them when asked, says how the board
// makes them its own; and marks the events as the trend chart does.
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../../src/domain/board/series';
import { spcViewModel } from '../../../../src/domain/present/pages/indicatorSpc';
import type { DashboardEvent, Indicator, Snapshot } from '../../../../src/domain/schema';

const monthAt = (i: number) => {
  const n = 2017 * 12 + 9 + i;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};
const indicator: Indicator = { id: 'CP5', name: 'ICPC timeliness', area: 'Child protection', unit: 'percent', polarity: 'up', target: 85, amber: 75 };
// A year wobbling around 80, then seven months around 86.4: a shift from October 2018 (month 12).
const values = [79, 81, 79, 81, 79, 81, 79, 81, 79, 81, 79, 81, 86, 87, 86, 87, 86, 87, 86];
const snapshots: Snapshot[] = values.map((value, i) => ({ month: monthAt(i), values: { CP5: value } }));
const series = indicatorSeries(indicator, snapshots);
const events: DashboardEvent[] = [
  { date: '2018-10-02', label: 'New conference chairs' },
  { date: '2016-01-01', label: 'Before the chart' },
];
const month = monthAt(values.length - 1);

describe('the SPC view after a change in the process', () => {
  it('offers the limits recalculated from the month the shift began, and says how the board accepts them', () => {
    const view = spcViewModel(indicator, series, month, events)!;
    expect(view.recalculation).toMatchObject({ month: '2018-10', showing: false, label: 'Show limits recalculated from Oct 2018', value: '2018-10' });
    expect(view.recalculation!.how).toMatch(/add \{ "month": "2018-10", "reason": "…" \} to "spc": \{ "recalculateFrom": \[ … \] \} for CP5 in indicators\.json/);
    // As set, one mean and one pair of limits across the whole shift.
    expect(new Set(view.chart.rows.map((row) => row.mean)).size).toBe(1);
  });

  it('redraws the mean and limits split at that month when asked, with the summary, notes and table to match', () => {
    const view = spcViewModel(indicator, series, month, events, '2018-10')!;
    expect(view.recalculation).toMatchObject({ showing: true, label: 'Show the limits as the board set them', value: '' });
    const means = view.chart.rows.map((row) => row.mean);
    expect(means[0]).toBeCloseTo(80, 5);
    expect(means.at(-1)).toBeCloseTo(86.43, 2);
    expect(view.summary).toMatch(/Mean 86\.4%.*Shown with the limits recalculated from Oct 2018\.$/);
    expect(view.notes.at(-1)).toMatchObject({ warning: true, text: expect.stringMatching(/^Shown here with the limits recalculated from Oct 2018, where the process changed: not yet the board’s/) });
    const meanColumn = view.table.rows.map((row) => row.cells.mean!.text);
    expect(meanColumn[0]).toBe('80');
    expect(meanColumn.at(-1)).toBe('86.4');
  });

  it('ignores a recalculation month in the address that is not the suggested one', () => {
    expect(spcViewModel(indicator, series, month, events, '2018-05')!.recalculation).toMatchObject({ showing: false });
  });

  it('offers nothing while the process has not changed', () => {
    expect(spcViewModel(indicator, series, monthAt(11), events)!.recalculation).toBeUndefined();
  });

  it('marks the events in its months, numbered, and lists them', () => {
    const view = spcViewModel(indicator, series, month, events)!;
    expect(view.chart.eventMarkers).toEqual([{ monthLabel: 'Oct 2018', numbers: '1' }]);
    expect(view.events).toEqual({ heading: 'Events marked on the chart', items: [{ number: 1, text: '2 October 2018: New conference chairs' }] });
    expect(view.chartKey.at(-1)).toBe(' Numbered dotted lines mark the events listed below.');
  });
});
