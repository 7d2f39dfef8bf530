// Each point's type and icon: which rule types it when several apply, what polarity makes of it
// (ptd_point_type), and the assurance against the target (ptd_calculate_assurance_type).
import { describe, expect, it } from 'vitest';
import { analyseSpc } from '../../../../src/domain/board/spc/spc';
import { processLimits } from '../../../../src/domain/board/spc/spcLimits';
import { assuranceIcon, classifyPoints, pointType, signalText, variationIcon } from '../../../../src/domain/board/spc/spcPoints';
import type { SpcPointType } from '../../../../src/domain/board/spc/spcTypes';
import { series, types, specialIndices, repeat, B, O, S, P, Q } from './spcSeries';

describe('precedence: a point hit by several rules is typed by the first', () => {
  it('types a falling run above the mean by the fall (trend before shift), series P', () => {
    const result = analyseSpc(series(P), 'up');
    const limits = result.segments[0]?.limits;
    expect(limits?.mean).toBeCloseTo(10, 10);
    expect(limits?.meanMovingRange).toBeCloseTo(4.125, 10);
    expect(limits?.upperNear).toBeCloseTo(17.315, 10);
    expect(specialIndices(result)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const point of result.points.slice(0, 7)) {
      expect(point.signals).toEqual(['trend', 'shift']);
      expect(point.typedBy).toBe('trend');
      // above the mean (improving by the shift) but falling: concerning by the trend
      expect(point.pointType).toBe('special-cause-concerning');
    }
    expect(result.points[0]?.signalText).toBe(
      'Special cause – concerning: 7 points in a row, each lower than the one before',
    );
    expect(result.points[7]?.signals).toEqual(['shift']);
    expect(result.points[7]?.pointType).toBe('special-cause-improving');
    expect(result.points[7]?.signalText).toBe('Special cause – improving: 8 points in a row above the mean');
  });

  it('types a point below the lower limit by the limit, though it starts a rise (series Q)', () => {
    const result = analyseSpc(series(Q), 'up');
    const limits = result.segments[0]?.limits;
    expect(limits?.mean).toBeCloseTo(10, 10);
    expect(limits?.meanMovingRange).toBeCloseTo(27.5 / 13, 10);
    expect(limits?.lowerLimit).toBeCloseTo(4.373077, 6);
    expect(limits?.upperLimit).toBeCloseTo(15.626923, 6);
    expect(limits?.upperNear).toBeCloseTo(13.751282, 6);
    expect(result.points[8]?.movingRangeExcluded).toBe(true); // |2 − 11| = 9 screened out

    expect(specialIndices(result)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    const low = result.points[8];
    expect(low?.signals).toEqual(['outside-limits', 'trend']);
    expect(low?.pointType).toBe('special-cause-concerning'); // low: concerning, though rising
    expect(low?.signalText).toBe('Special cause – concerning: below the lower process limit');
    expect(result.points[9]?.signals).toEqual(['trend']); // 6 is near, but 2 beside it is beyond
    for (const i of [13, 14]) {
      expect(result.points[i]?.signals).toEqual(['trend', 'two-of-three']);
      expect(result.points[i]?.typedBy).toBe('trend');
    }
    expect(types(result).slice(9)).toEqual(repeat<SpcPointType>(['special-cause-improving'], 6));
  });

  it('types two of three before a shift, by classifyPoints on its own', () => {
    // limits 10 ± 2.66 (mR̄ 1): near above 11.773333 < x ≤ 12.66
    // 11, 11, 12, 12, 11, 11, 11: all above the mean (a shift of 7); the two 12s are near.
    const classified = classifyPoints([11, 11, 12, 12, 11, 11, 11], processLimits(10, 1), 'down');
    expect(classified[2]?.signals).toEqual(['two-of-three', 'shift']);
    expect(classified[2]?.typedBy).toBe('two-of-three');
    expect(classified[2]?.pointType).toBe('special-cause-concerning'); // high, down is good
    expect(classified[0]?.typedBy).toBe('shift');
  });
});

describe('polarity', () => {
  it('maps a direction to a point type', () => {
    expect(pointType(1, 'up')).toBe('special-cause-improving');
    expect(pointType(-1, 'up')).toBe('special-cause-concerning');
    expect(pointType(1, 'down')).toBe('special-cause-concerning');
    expect(pointType(-1, 'down')).toBe('special-cause-improving');
    expect(pointType(1, 'neutral')).toBe('special-cause-neutral-high');
    expect(pointType(-1, 'neutral')).toBe('special-cause-neutral-low');
    expect(pointType(0, 'up')).toBe('common-cause');
  });

  it('maps a point type to a variation icon', () => {
    expect(variationIcon('common-cause')).toBe('common-cause');
    expect(variationIcon('special-cause-improving')).toBe('improvement');
    expect(variationIcon('special-cause-concerning')).toBe('concern');
    expect(variationIcon('special-cause-neutral-high')).toBe('neutral-high');
    expect(variationIcon('special-cause-neutral-low')).toBe('neutral-low');
  });

  it('reads a point above the upper limit (series O) by polarity', () => {
    expect(analyseSpc(series(O), 'up').variation).toBe('improvement');
    const down = analyseSpc(series(O), 'down');
    expect(down.variation).toBe('concern');
    expect(down.points[11]?.signalText).toBe('Special cause – concerning: above the upper process limit');
    const neutral = analyseSpc(series(O), 'neutral');
    expect(neutral.variation).toBe('neutral-high');
    expect(neutral.points[11]?.signalText).toBe('Special cause – neutral (high): above the upper process limit');
  });

  it('reads the runs of series S and the rise of series Q by polarity', () => {
    const down = analyseSpc(series(S), 'down');
    expect(down.points[0]?.pointType).toBe('special-cause-improving');
    expect(down.points[13]?.pointType).toBe('special-cause-concerning');
    const neutral = analyseSpc(series(S), 'neutral');
    expect(neutral.points[0]?.pointType).toBe('special-cause-neutral-low');
    expect(neutral.points[13]?.pointType).toBe('special-cause-neutral-high');
    expect(neutral.variation).toBe('neutral-high');

    const q = analyseSpc(series(Q), 'down');
    expect(q.points[8]?.pointType).toBe('special-cause-improving'); // below the lower limit
    expect(q.points[14]?.pointType).toBe('special-cause-concerning'); // rising
    expect(q.variation).toBe('concern');
  });

  it('writes common cause whatever the rule arguments', () => {
    expect(signalText('common-cause', null, 0)).toBe('Common cause');
  });
});

describe('assurance against the target', () => {
  // series B: limits 4.68 and 15.32
  const cases: [string, number | undefined, 'up' | 'down' | 'neutral', string][] = [
    ['up, target below the lower limit', 4, 'up', 'consistently-met'],
    ['up, target above the upper limit', 16, 'up', 'consistently-missed'],
    ['up, target between the limits', 10, 'up', 'hit-and-miss'],
    ['down, target above the upper limit', 16, 'down', 'consistently-met'],
    ['down, target below the lower limit', 4, 'down', 'consistently-missed'],
    ['down, target between the limits', 10, 'down', 'hit-and-miss'],
    ['neutral, with a target', 4, 'neutral', 'none'],
    ['up, no target', undefined, 'up', 'none'],
  ];
  for (const [name, target, polarity, expected] of cases) {
    it(name, () => {
      const result = analyseSpc(series(B), polarity, { targetFor: () => target });
      expect(result.assurance).toBe(expected);
      expect(result.target).toBe(target);
    });
  }

  it('is none without targetFor', () => {
    expect(analyseSpc(series(B), 'up').assurance).toBe('none');
  });

  it('treats a target exactly on a limit as hit and miss (the reference compares strictly)', () => {
    const limits = processLimits(10, 2);
    expect(assuranceIcon(limits.lowerLimit as number, limits, 'up')).toBe('hit-and-miss');
    expect(assuranceIcon(limits.upperLimit as number, limits, 'down')).toBe('hit-and-miss');
  });

  it('uses the target in force for the latest month', () => {
    const asked: string[] = [];
    const result = analyseSpc(series(B), 'up', {
      targetFor: (month) => {
        asked.push(month);
        return month >= '2017-07' ? 16 : 4;
      },
    });
    expect(asked).toEqual(['2017-12']);
    expect(result.assurance).toBe('consistently-missed');
  });

  it('uses the limits of the latest segment', () => {
    // R split at 2018-01: latest limits 14.68 and 25.32; a target of 12 is below them
    const R = [...B, ...repeat([19, 21], 6)];
    const result = analyseSpc(series(R), 'up', { recalculateFrom: ['2018-01'], targetFor: () => 12 });
    expect(result.assurance).toBe('consistently-met');
  });
});
