// The text alternative of a trend chart: how the figure moved from first to last (and whether that
// is good, by polarity), its highest and lowest, how often it was green, and the months missing.
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../../src/domain/board/series';
import { describeTrend } from '../../../src/domain/present/trendSummary';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'Visits', area: 'A', unit: 'percent', polarity: 'up', ...fields });
const describeOf = (subject: Indicator, values: (number | null | undefined)[]) =>
  describeTrend(
    subject,
    indicatorSeries(
      subject,
      values.flatMap((value, index): Snapshot[] =>
        value === undefined ? [] : [{ month: `2018-${String(index + 1).padStart(2, '0')}`, values: { [subject.id]: value } }],
      ),
    ),
  );

describe('describeTrend', () => {
  it('no figures, or one', () => {
    expect(describeOf(indicator({}), [null])).toBe('Visits has no figures yet.');
    expect(describeOf(indicator({}), [40])).toBe('Visits has one figure: 40% in Jan 2018.');
  });

  it('up: a rise is an improvement; highest and lowest named', () => {
    expect(describeOf(indicator({}), [40, 30, 60])).toBe(
      'Visits rose from 40% in Jan 2018 to 60% in Mar 2018, an improvement. Highest 60% (Mar 2018), lowest 30% (Feb 2018).',
    );
  });

  it('down: a fall is an improvement, a rise a deterioration', () => {
    expect(describeOf(indicator({ polarity: 'down' }), [40, 30])).toContain('fell from 40% in Jan 2018 to 30% in Feb 2018, an improvement.');
    expect(describeOf(indicator({ polarity: 'down' }), [30, 40])).toContain('rose from 30% in Jan 2018 to 40% in Feb 2018, a deterioration.');
    expect(describeOf(indicator({}), [40, 30])).toContain(', a deterioration.');
  });

  it('neutral: the movement without a judgement', () => {
    const text = describeOf(indicator({ polarity: 'neutral', unit: 'count' }), [10, 12]);
    expect(text).toContain('Visits rose from 10 in Jan 2018 to 12 in Feb 2018.');
    expect(text).not.toMatch(/improvement|deterioration|Green/);
  });

  it('unchanged from first to last', () => {
    expect(describeOf(indicator({}), [40, 50, 40])).toContain('Visits was 40% in both Jan 2018 and Mar 2018.');
  });

  it('counts green months over the months with a target, with the latest RAG against the target in force', () => {
    const changing = indicator({ targets: [{ from: '2018-02', target: 50 }, { from: '2018-03', target: 85, amber: 75 }] });
    // Jan: no target; Feb: 60 >= 50 green; Mar: 80 amber against 85 (amber from 75).
    expect(describeOf(changing, [40, 60, 80])).toContain('Green in 1 of 2 months with a target; amber in Mar 2018 against a target of 85%.');
  });

  it('says how many months were not available and how many have no file', () => {
    const text = describeOf(indicator({}), [40, null, undefined, null, 50]);
    expect(text).toContain('2 months were not available.');
    expect(text).toContain('1 month has no snapshot.');
    expect(describeOf(indicator({}), [40, null, 50])).toContain('1 month was not available.');
  });
});
