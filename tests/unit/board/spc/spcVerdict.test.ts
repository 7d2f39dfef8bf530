// The board's reading of an SPC analysis: icons only with 12 points or more, and "recalculate"
// instead of an assurance when the latest point is in a shift or a trend. The analysis itself is
// analyseSpc, unchanged (its reference cases are in the other tests of this folder).
import { describe, expect, it } from 'vitest';
import { analyseSpc } from '../../../../src/domain/board/spc/spc';
import { MIN_POINTS_FOR_ICONS, runAtLatestPoint, spcVerdict } from '../../../../src/domain/board/spc/spcVerdict';
import type { Polarity } from '../../../../src/domain/schema';

const monthAt = (i: number) => {
  const n = 2017 * 12 + i;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};
const series = (values: number[]) => values.map((value, i) => ({ month: monthAt(i), value }));
const verdictOf = (values: number[], polarity: Polarity = 'up', target: number | null = 45) => {
  const analysis = analyseSpc(series(values), polarity, { targetFor: () => target ?? undefined });
  return { analysis, verdict: spcVerdict(analysis, polarity) };
};

// Twelve points wobbling by 1 around 50.5: mean 50.5, mR̄ 1, limits 47.84 to 53.16.
const stable = [50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 50, 51];

describe('enough points for the icons', () => {
  it('needs 12 points, the reference’s threshold for trial limits', () => {
    expect(MIN_POINTS_FOR_ICONS).toBe(12);
  });

  it('shows neither icon with 11 points, and says how many there are', () => {
    const { analysis, verdict } = verdictOf(stable.slice(0, 11));
    expect(analysis.variation).toBe('common-cause'); // the reference would still give one
    expect(verdict).toMatchObject({ variation: undefined, assurance: 'none', tooFewPoints: true, points: 11 });
  });

  it('shows both with 12 points', () => {
    const { verdict } = verdictOf(stable);
    // Target 45 is below the lower limit 47.84: consistently met when higher is better.
    expect(verdict).toMatchObject({ variation: 'common-cause', assurance: 'consistently-met', tooFewPoints: false, points: 12 });
  });

  it('counts the points of the latest calculation, not of the whole series', () => {
    const analysis = analyseSpc(series([...stable, 50, 51, 50]), 'up', { recalculateFrom: [monthAt(12)], targetFor: () => 45 });
    expect(spcVerdict(analysis, 'up')).toMatchObject({ tooFewPoints: true, points: 3, assurance: 'none' });
  });

  it('has nothing for an empty series', () => {
    expect(verdictOf([]).verdict).toMatchObject({ variation: undefined, assurance: 'none', tooFewPoints: true, points: 0 });
  });
});

describe('recalculate when the process has changed', () => {
  // Six low, then seven high: the last seven are a shift above the mean (45.85).
  const shifted = [40, 41, 40, 41, 40, 41, 50, 51, 50, 51, 50, 51, 50];

  it('reads "recalculate" from the month the shift began, not pass, fail or hit and miss', () => {
    const { analysis, verdict } = verdictOf(shifted, 'up', 60);
    expect(analysis.points.at(-1)!.signals).toContain('shift');
    expect(analysis.assurance).toBe('consistently-missed'); // what the reference alone would say
    expect(verdict).toMatchObject({ assurance: 'recalculate', recalculateFrom: monthAt(6), changedBy: 'shift' });
  });

  it('uses the start of a trend when the latest point is in a trend but not a shift', () => {
    // 44 to 50 rising over the last seven points; mean 48.38, so only 49 and 50 are above it.
    const rising = [50, 49, 51, 50, 49, 51, 44, 45, 46, 47, 48, 49, 50];
    const { analysis, verdict } = verdictOf(rising, 'up', 48);
    expect(analysis.points.at(-1)!.signals).toContain('trend');
    expect(analysis.points.at(-1)!.signals).not.toContain('shift');
    expect(verdict).toMatchObject({ assurance: 'recalculate', recalculateFrom: monthAt(6), changedBy: 'trend' });
    expect(runAtLatestPoint(analysis, 'trend')).toEqual({ from: monthAt(6), length: 7, direction: 1 });
  });

  it('keeps the assurance for a single point beyond a limit: not a sustained change', () => {
    const { analysis, verdict } = verdictOf([...stable, 60], 'up', 45);
    expect(analysis.points.at(-1)!.signals).toEqual(['outside-limits']);
    expect(verdict.assurance).toBe('consistently-met');
    expect(verdict.variation).toBe('improvement');
  });

  it('keeps the assurance when the shift ended before the latest point', () => {
    const { analysis, verdict } = verdictOf([...shifted, 44], 'up', 60);
    expect(analysis.points.at(-1)!.signals).not.toContain('shift');
    expect(verdict.assurance).not.toBe('recalculate');
  });

  it('gives no assurance at all without a target, shift or not', () => {
    expect(verdictOf(shifted, 'up', null).verdict).toMatchObject({ assurance: 'none', recalculateFrom: undefined });
    expect(verdictOf(shifted, 'neutral', 60).verdict.assurance).toBe('none');
  });

  it('reads a fall as the change for a down indicator too', () => {
    const falling = shifted.map((value) => 100 - value);
    const { verdict } = verdictOf(falling, 'down', 40);
    expect(verdict).toMatchObject({ variation: 'improvement', assurance: 'recalculate', recalculateFrom: monthAt(6) });
  });
});
