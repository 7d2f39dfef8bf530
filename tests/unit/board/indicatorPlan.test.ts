// The plan's own fields for one indicator in one month (board/indicatorPlan.ts): the owner from the
// catalogue, the month's quality and narrative from its figure, the trajectory and the year to date.
import { describe, expect, it } from 'vitest';
import { indicatorPlan } from '../../../src/domain/board/indicatorPlan';
import type { SeriesPoint } from '../../../src/domain/board/series';
import type { Indicator } from '../../../src/domain/schema';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'X', area: 'A', unit: 'percent', polarity: 'up', aggregate: 'none', ...fields });
const point = (month: string, value: number | null | undefined, fields: Partial<SeriesPoint> = {}): SeriesPoint => ({ month, value, noSnapshot: false, ...fields });

describe('indicatorPlan', () => {
  it('is empty for a catalogue and snapshots without the plan’s fields', () => {
    expect(indicatorPlan(indicator({}), [point('2018-04', 50)], '2018-04')).toEqual({
      owner: undefined,
      quality: undefined,
      narrative: undefined,
      trajectory: undefined,
      yearToDate: undefined,
    });
  });

  it('takes the owner from the catalogue, and the quality and narrative of the month asked for only', () => {
    const narrative = { whatItShows: 'Fewer late conferences', owner: 'Head of service' };
    const series = [point('2018-04', 50, { quality: 'poor' }), point('2018-05', 60, { quality: 'caution', narrative })];
    const plan = indicatorPlan(indicator({ owner: 'Director' }), series, '2018-05');
    expect(plan.owner).toBe('Director');
    expect(plan.quality).toBe('caution');
    expect(plan.narrative).toEqual(narrative);
    expect(indicatorPlan(indicator({}), series, '2018-04').narrative).toBeUndefined();
  });

  it('has no quality or narrative for a month with no figure in the series, and its trajectory no status', () => {
    const trajectory = [{ month: '2018-04', value: 50 }, { month: '2018-06', value: 70 }];
    const plan = indicatorPlan(indicator({ trajectory }), [point('2018-04', 50, { quality: 'good' })], '2018-05');
    expect(plan.quality).toBeUndefined();
    expect(plan.trajectory).toEqual({ planned: 60, status: undefined });
  });

  it('reads the month’s figure against the trajectory, by polarity', () => {
    const trajectory = [{ month: '2018-04', value: 50 }, { month: '2018-06', value: 70 }];
    expect(indicatorPlan(indicator({ trajectory }), [point('2018-05', 59)], '2018-05').trajectory).toEqual({ planned: 60, status: 'behind' });
    expect(indicatorPlan(indicator({ trajectory, polarity: 'down' }), [point('2018-05', 59)], '2018-05').trajectory).toEqual({ planned: 60, status: 'on' });
    expect(indicatorPlan(indicator({ trajectory, polarity: 'neutral' }), [point('2018-05', 59)], '2018-05').trajectory).toEqual({ planned: 60, status: undefined });
  });

  it('gives the year to date by the indicator’s aggregate, from April', () => {
    const series = [point('2018-03', 5), point('2018-04', 2), point('2018-05', 3)];
    expect(indicatorPlan(indicator({ unit: 'count', aggregate: undefined }), series, '2018-05').yearToDate).toMatchObject({ kind: 'figure', value: 5, aggregate: 'sum', period: '2018-19', months: 2 });
    expect(indicatorPlan(indicator({ unit: 'count', aggregate: 'none' }), series, '2018-05').yearToDate).toBeUndefined();
  });
});
