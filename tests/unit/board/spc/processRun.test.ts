// What a changed process means for the target (board/spc/processRun.ts) and its sentence
// (present/processWords.ts): a year wobbling around 80%, then seven months at a new level, a shift.
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../../src/domain/board/series';
import { indicatorStatus } from '../../../../src/domain/board/status';
import { processSentence } from '../../../../src/domain/present/processWords';
import type { Indicator, Snapshot } from '../../../../src/domain/schema';

const monthAt = (i: number) => {
  const n = 2017 * 12 + 9 + i;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};
const year = [79, 81, 79, 81, 79, 81, 79, 81, 79, 81, 79, 81];
const base: Indicator = { id: 'CP5', name: 'ICPC timeliness', area: 'Child protection', unit: 'percent', polarity: 'up', target: 85, amber: 75 };

function statusOf(values: number[], indicator: Partial<Indicator> = {}) {
  const full = { ...base, ...indicator } as Indicator;
  const snapshots: Snapshot[] = values.map((value, i) => ({ month: monthAt(i), values: { CP5: value } }));
  return indicatorStatus(full, indicatorSeries(full, snapshots), monthAt(values.length - 1));
}

// Seven months at 86 and 87 after the year at 80: a shift from the thirteenth month; its mean 86.43.
const shifted = [...year, 86, 87, 86, 87, 86, 87, 86];

describe('processRun', () => {
  it('finds the shift at the latest point, where it began, and the mean since then', () => {
    const { process, spc } = statusOf(shifted);
    expect(spc.assurance).toBe('recalculate');
    expect(process).toMatchObject({ kind: 'shift', since: monthAt(12), from: monthAt(12), direction: 1, target: 85, against: 'meets', monthDiffers: false });
    expect(process!.level).toBeCloseTo(86.43, 2);
  });

  it('has nothing when the process has not changed, or with too few months for the icons', () => {
    expect(statusOf([...year, 80]).process).toBeUndefined();
    expect(statusOf([79, 81, 79, 86, 87, 86, 87, 86, 87, 86]).process).toBeUndefined();
  });

  it('reads a mean exactly at the target, at the precision shown, as at it (which meets it, as the RAG does)', () => {
    const atTarget = [...year, 85, 86, 85, 86, 85, 86, 85, 86]; // mean 85.5
    expect(statusOf(atTarget, { target: 85.5, amber: 80 }).process).toMatchObject({ against: 'at' });
    expect(statusOf(atTarget, { target: 85.6, amber: 80 }).process).toMatchObject({ against: 'misses' });
  });

  it('reads lower is better: a new level under the target meets it, over it misses', () => {
    expect(statusOf(shifted, { polarity: 'down', target: 90, amber: 95 }).process).toMatchObject({ against: 'meets' });
    expect(statusOf(shifted, { polarity: 'down', target: 85, amber: 90 }).process).toMatchObject({ against: 'misses' });
  });

  it('has no target to read against without one, or for a neutral indicator', () => {
    expect(statusOf(shifted, { target: undefined, amber: undefined }).process).toMatchObject({ from: monthAt(12), target: undefined, against: undefined });
    expect(statusOf(shifted, { polarity: 'neutral', target: undefined, amber: undefined }).process).toMatchObject({ against: undefined });
  });

  it('says when the month’s own RAG reads the other way from the new level', () => {
    // The run still above the old mean, its mean 86.3 above the target; this month 84.9, amber.
    const { process, rag } = statusOf([...year, 86, 87, 86, 87, 86, 87, 84.9]);
    expect(rag).toBe('amber');
    expect(process).toMatchObject({ against: 'meets', monthDiffers: true });
  });
});

// Still rising: eight months up from the old level (a trend), the last seven also above the mean.
const rising = [...year, 80, 81, 82, 83, 84, 85, 86, 87];

describe('processRun while the process is still moving', () => {
  it('reads the latest figure, from when the trend began, and keeps the shift’s start as the month to recalculate from', () => {
    const { process, spc } = statusOf(rising);
    expect(process).toMatchObject({ kind: 'trend', since: monthAt(12), level: 87, against: 'meets' });
    expect(process!.from).toBe(spc.recalculateFrom);
  });
});

describe('processSentence', () => {
  it('says a process still moving has risen (or fallen) to where it now is, against the target', () => {
    expect(processSentence(statusOf(rising))).toBe('Since October 2018 the figure has risen month after month, to 87%: now above the 85% target.');
    expect(processSentence(statusOf(rising, { polarity: 'down', target: 80, amber: 90 }))).toMatch(/has risen month after month, to 87%: now above the 80% target\.$/);
  });

  it('says since when, about where, and what that means for the target', () => {
    expect(processSentence(statusOf(shifted))).toBe('Since October 2018 the figure has averaged 86.4%: above the 85% target, so on average it meets the target.');
  });

  it('words the edges: at the target, lower is better, no target, neutral', () => {
    const atTarget = [...year, 85, 86, 85, 86, 85, 86, 85, 86];
    expect(processSentence(statusOf(atTarget, { target: 85.5, amber: 80 }))).toBe('Since October 2018 the figure has averaged 85.5%: at the 85.5% target, so on average it just meets the target.');
    expect(processSentence(statusOf(shifted, { polarity: 'down', target: 90, amber: 95 }))).toBe('Since October 2018 the figure has averaged 86.4%: below the 90% target, so on average it meets the target.');
    expect(processSentence(statusOf(shifted, { polarity: 'down', target: 85, amber: 90 }))).toBe('Since October 2018 the figure has averaged 86.4%: above the 85% target, so on average it misses the target.');
    expect(processSentence(statusOf(shifted, { target: undefined, amber: undefined }))).toBe('Since October 2018 the figure has averaged 86.4%. There is no target to judge it against.');
    expect(processSentence(statusOf(shifted, { polarity: 'neutral', target: undefined, amber: undefined }))).toBe('Since October 2018 the figure has averaged 86.4% (context only: no target).');
  });

  it('reconciles a month that reads the other way from the new level', () => {
    expect(processSentence(statusOf([...year, 86, 87, 86, 87, 86, 87, 84.9]))).toBe(
      'Since October 2018 the figure has averaged 86.3%: above the 85% target, so on average it meets the target, though this month’s 84.9% misses it.',
    );
  });

  it('says nothing when the process has not changed', () => {
    expect(processSentence(statusOf([...year, 80]))).toBeUndefined();
  });
});
