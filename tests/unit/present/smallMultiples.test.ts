import { describe, expect, it } from 'vitest';
import { smallMultiples } from '../../../src/domain/present/smallMultiples';
import { trendData } from '../../../src/domain/present/trendData';
import type { Indicator } from '../../../src/domain/schema';
import { caseload, caseloadSeries } from './trendFixtures';

describe('small multiples of a breakdown', () => {
  it('makes one panel per team, each with the overall figure for reference', () => {
    const { panels } = smallMultiples(trendData(caseload, caseloadSeries));
    expect(panels.map((panel) => panel.team)).toEqual(['Assessment', 'Care planning']);
    expect(panels[0]!.rows.map((row) => [row.team, row.overall])).toEqual([
      [25.8, 20],
      [27.3, 19.5],
      [28.1, 19.7],
    ]);
  });

  it('puts every panel on one scale covering every team and the overall figure', () => {
    const { scale } = smallMultiples(trendData(caseload, caseloadSeries));
    expect(scale!.domain[0]).toBeLessThanOrEqual(19.5);
    expect(scale!.domain[1]).toBeGreaterThanOrEqual(28.1);
  });

  it('gives each team its latest figure, skipping months it has none', () => {
    const { panels } = smallMultiples(trendData(caseload, caseloadSeries));
    expect(panels[0]!.latest).toEqual({ value: 28.1, month: '2017-12', monthLabel: 'Dec 2017' });
    expect(panels[1]!.latest).toEqual({ value: 20.4, month: '2017-10', monthLabel: 'Oct 2017' });
  });

  it('gives each panel the target in force, and the scale room for it, where the indicator has a target', () => {
    const multiples = smallMultiples(trendData(caseload, caseloadSeries));
    expect(multiples.hasTarget).toBe(true);
    expect(multiples.panels[0]!.rows.map((row) => row.target)).toEqual([15, 15, 15]);
    expect(multiples.scale!.domain[0]).toBeLessThanOrEqual(15);
    const neutral = smallMultiples(trendData({ ...caseload, polarity: 'neutral', target: undefined, amber: undefined } as Indicator, caseloadSeries));
    expect(neutral.hasTarget).toBe(false);
    expect(neutral.scale!.domain[0]).toBeGreaterThan(15);
  });

  it('has no panels and no scale without a breakdown', () => {
    const result = smallMultiples(trendData(caseload, [{ month: '2017-10', value: 20, noSnapshot: false }]));
    expect(result).toEqual({ panels: [], scale: undefined, hasTarget: false });
  });
});
