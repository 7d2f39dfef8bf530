// The report's "spc" per indicator: the internal icon names mapped to the published ones.
import { describe, expect, it } from 'vitest';
import { monthView } from '../../../src/domain/board/monthView';
import { monthReport } from '../../../src/domain/present/monthReport';
import { spcReport, tooFewMonthsNote } from '../../../src/domain/present/spcReport';
import type { SpcVerdict } from '../../../src/domain/board/spc/spcVerdict';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const verdict = (over: Partial<SpcVerdict>): SpcVerdict => ({
  variation: 'common-cause', assurance: 'hit-and-miss', recalculateFrom: undefined, changedBy: undefined, signal: undefined,
  points: 14, tooFewPoints: false, ...over,
});

describe('spcReport', () => {
  it('maps every internal icon to its published name', () => {
    expect(spcReport(verdict({ variation: 'improvement', assurance: 'consistently-met' }))).toMatchObject({ variation: 'improving', assurance: 'pass' });
    expect(spcReport(verdict({ variation: 'concern', assurance: 'consistently-missed' }))).toMatchObject({ variation: 'concerning', assurance: 'fail' });
    expect(spcReport(verdict({ variation: 'neutral-high', assurance: 'none' }))).toMatchObject({ variation: 'neutral-high', assurance: null });
    expect(spcReport(verdict({ variation: 'neutral-low' })).variation).toBe('neutral-low');
    expect(spcReport(verdict({ assurance: 'recalculate', recalculateFrom: '2018-06' }))).toMatchObject({ assurance: 'recalculate', recalculateFrom: '2018-06' });
  });

  it('gives nulls and a plain note with too few months', () => {
    const report = spcReport(verdict({ variation: undefined, assurance: 'none', tooFewPoints: true, points: 5 }));
    expect(report).toEqual({ variation: null, assurance: null, recalculateFrom: null, points: 5, note: 'Too few months for the SPC icons: 5 of the 12 needed.' });
    expect(tooFewMonthsNote({ tooFewPoints: false, points: 20 })).toBeUndefined();
  });

  it('is in the month report for every indicator', () => {
    const indicator: Indicator = { id: 'UP', name: 'Visits', area: 'CP', unit: 'percent', polarity: 'up', target: 80 };
    const values = [70, 71, 70, 71, 70, 71, 70, 71, 70, 71, 70, 71, 70];
    const snapshots: Snapshot[] = values.map((value, i) => ({ month: `2018-${String(i + 1).padStart(2, '0')}`.replace('2018-13', '2019-01'), values: { UP: value } }));
    const report = monthReport(monthView({ indicators: [indicator], snapshots }, '2019-01'));
    // Target 80 is far above the upper limit (70.46 + 2.66 × 1 = 73.1): consistently missed.
    expect(report.indicators[0]!.spc).toEqual({ variation: 'common-cause', assurance: 'fail', recalculateFrom: null, points: 13, note: null });
    const early = monthReport(monthView({ indicators: [indicator], snapshots }, '2018-03'));
    expect(early.indicators[0]!.spc).toMatchObject({ variation: null, assurance: null, points: 3 });
  });
});
