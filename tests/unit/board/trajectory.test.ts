import { describe, expect, it } from 'vitest';
import { offTrack } from '../../../src/domain/board/offTrack';
import { plannedValue, trajectoryFor } from '../../../src/domain/board/trajectory';
import type { Indicator } from '../../../src/domain/schema';

const up: Pick<Indicator, 'trajectory' | 'polarity'> = {
  polarity: 'up',
  trajectory: [
    { month: '2018-06', value: 65 },
    { month: '2018-12', value: 77 },
    { month: '2019-03', value: 85 },
  ],
};
const down: Pick<Indicator, 'trajectory' | 'polarity'> = { polarity: 'down', trajectory: [{ month: '2018-01', value: 40 }, { month: '2018-05', value: 20 }] };

describe('plannedValue', () => {
  it('has no planned value before the first milestone, nor without a trajectory', () => {
    expect(plannedValue(up, '2018-05')).toBeUndefined();
    expect(plannedValue({}, '2018-06')).toBeUndefined();
    expect(plannedValue({ trajectory: [] }, '2018-06')).toBeUndefined();
  });

  it('is the milestone on a milestone month', () => {
    expect(plannedValue(up, '2018-06')).toBe(65);
    expect(plannedValue(up, '2018-12')).toBe(77);
    expect(plannedValue(up, '2019-03')).toBe(85);
  });

  it('lies on the straight line between two milestones, counted in months (across a year end)', () => {
    expect(plannedValue(up, '2018-09')).toBe(71); // 3 of 6 months from 65 to 77
    expect(plannedValue(up, '2019-01')).toBeCloseTo(77 + 8 / 3, 10); // 1 of 3 months from 77 to 85
    expect(plannedValue(down, '2018-02')).toBe(35); // falling plans interpolate too
  });

  it('stays at the last milestone after it', () => {
    expect(plannedValue(up, '2019-04')).toBe(85);
    expect(plannedValue(up, '2021-11')).toBe(85);
  });

  it('reads milestones written out of order in month order', () => {
    expect(plannedValue({ trajectory: [{ month: '2018-12', value: 77 }, { month: '2018-06', value: 65 }] }, '2018-09')).toBe(71);
  });
});

describe('trajectoryFor', () => {
  it('higher is better: at or above the planned value is on trajectory, below is behind', () => {
    expect(trajectoryFor(up, '2018-09', 71)).toEqual({ planned: 71, status: 'on' });
    expect(trajectoryFor(up, '2018-09', 74)).toEqual({ planned: 71, status: 'on' });
    expect(trajectoryFor(up, '2018-09', 70.9)).toEqual({ planned: 71, status: 'behind' });
  });

  it('lower is better: at or below the planned value is on trajectory, above is behind', () => {
    expect(trajectoryFor(down, '2018-02', 35)?.status).toBe('on');
    expect(trajectoryFor(down, '2018-02', 30)?.status).toBe('on');
    expect(trajectoryFor(down, '2018-02', 36)?.status).toBe('behind');
  });

  it('gives the planned value without a status when the month has no figure, or the indicator is neutral', () => {
    expect(trajectoryFor(up, '2018-09', null)).toEqual({ planned: 71, status: undefined });
    expect(trajectoryFor(up, '2018-09', undefined)).toEqual({ planned: 71, status: undefined });
    expect(trajectoryFor({ ...up, polarity: 'neutral' }, '2018-09', 90)).toEqual({ planned: 71, status: undefined });
  });

  it('is undefined before the first milestone', () => {
    expect(trajectoryFor(up, '2018-01', 10)).toBeUndefined();
  });
});

describe('offTrack', () => {
  it('keeps the red and the behind-trajectory indicators, in order', () => {
    const status = (id: string, rag: 'red' | 'amber' | 'green' | undefined, trajectory?: 'on' | 'behind') =>
      ({ indicator: { id }, rag, plan: { trajectory: trajectory ? { planned: 1, status: trajectory } : undefined } }) as unknown as Parameters<typeof offTrack>[0][number];
    const list = [status('A', 'green', 'behind'), status('B', 'red'), status('C', 'amber', 'on'), status('D', undefined), status('E', 'red', 'on')];
    expect(offTrack(list).map((item) => item.indicator.id)).toEqual(['A', 'B', 'E']);
  });
});
