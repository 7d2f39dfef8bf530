// The national rank and band in words (src/domain/present/nationalWords.ts) and the band over the
// published years (bandStrip.ts): the Indicator line, the table cells, the pack's cell, "low", "u",
// not published, neutral, a joint figure, and the strip's table and summary.
import { describe, expect, it } from 'vitest';
import { nationalStanding, type NationalStanding } from '../../../src/domain/board/nationalRank';
import { bandStrip } from '../../../src/domain/present/bandStrip';
import { nationalCell, nationalGlanceCell, nationalLine, nationalRule, periodPhrase, publishedFigureText } from '../../../src/domain/present/nationalWords';
import type { Indicator, NationalField } from '../../../src/domain/schema';

const icpc: Indicator = { id: 'CP5', name: 'ICPCs within 15 working days', shortName: 'ICPC timeliness', area: 'Child protection', unit: 'percent', polarity: 'up' };
const agency: Indicator = { id: 'WF2', name: 'Agency social worker rate', area: 'Workforce', unit: 'percent', polarity: 'down' };
const demand: Indicator = { id: 'FD1', name: 'Contacts', area: 'Front door', unit: 'count', polarity: 'neutral' };

const ranked = (over: Partial<Extract<NationalStanding, { kind: 'ranked' }>> = {}): NationalStanding => ({
  kind: 'ranked', period: '2018-19', value: 65.3, rank: 37, of: 151, tied: false, band: 'B', ...over,
});

describe('nationalLine: the Indicator page', () => {
  it('reads as the issue asks: "Band B: 37th of 151 councils in 2018-19, DfE published figure 65.3%"', () => {
    expect(nationalLine(ranked(), icpc, 'Croydon')).toBe('Band B: 37th of 151 councils in 2018-19, DfE published figure 65.3%');
  });

  it('a workforce census, a tie, and a joint figure', () => {
    expect(nationalLine(ranked({ period: 'at 30 Sep 2018', value: 16.6, rank: 57, of: 150, tied: true, band: 'B' }), agency, 'Croydon')).toBe(
      'Band B: joint 57th of 150 councils at 30 Sep 2018, DfE published figure 16.6%',
    );
    expect(nationalLine(ranked({ jointWith: 'Kingston upon Thames / Richmond upon Thames' }), icpc, 'Kingston upon Thames')).toBe(
      'Band B: 37th of 151 councils in 2018-19, DfE published figure 65.3% (a joint figure for Kingston upon Thames / Richmond upon Thames)',
    );
  });

  it('the council’s own cell "low" or "u" is said instead of a rank', () => {
    expect(nationalLine({ kind: 'withheld', period: 'at 30 Sep 2025', symbol: 'low', of: 148 }, agency, 'Sunderland')).toBe(
      'Not ranked nationally at 30 Sep 2025: the DfE publishes Sunderland’s figure only as “low” (under 0.5%)',
    );
    expect(nationalLine({ kind: 'withheld', period: '2018-19', symbol: 'u', of: 150 }, icpc, 'Croydon')).toBe(
      'Not ranked nationally in 2018-19: the DfE withheld Croydon’s figure as of low reliability (“u”)',
    );
  });

  it('not published: says why when the file does, and how many councils have a figure', () => {
    expect(nationalLine({ kind: 'not-published', period: '2018-19', symbol: 'c', note: 'suppressed (c)', of: 144 }, icpc, 'Kensington and Chelsea')).toBe(
      'Not ranked nationally in 2018-19: Kensington and Chelsea’s figure is not published (suppressed); 144 councils have one',
    );
    expect(nationalLine({ kind: 'not-published', period: '2018-19', note: 'not published', of: 1 }, icpc, 'Poole')).toBe(
      'Not ranked nationally in 2018-19: Poole’s figure is not published; 1 council has one',
    );
  });

  it('a neutral indicator: context only, no rank or band', () => {
    expect(nationalLine({ kind: 'context', period: '2018-19', value: 610, of: 150 }, demand, 'Croydon')).toBe(
      'Context only, so no national rank or band: neither higher nor lower is better; DfE published figure 610 in 2018-19',
    );
  });

  it('a field of one: "1st of 1 council"', () => {
    expect(nationalLine(ranked({ rank: 1, of: 1, band: 'D' }), icpc, 'Croydon')).toBe('Band D: 1st of 1 council in 2018-19, DfE published figure 65.3%');
  });
});

describe('cells: Compare and Targets columns, the pack at a glance', () => {
  it('ranked, tied, withheld, not published, context, none', () => {
    expect(nationalCell(ranked())).toBe('Band B, 37th of 151');
    expect(nationalCell(ranked({ tied: true }))).toBe('Band B, joint 37th of 151');
    expect(nationalCell({ kind: 'withheld', period: '2018-19', symbol: 'low', of: 151 })).toBe('Not ranked (published only as “low”)');
    expect(nationalCell({ kind: 'not-published', period: '2018-19', note: 'suppressed (c)', of: 151 })).toBe('Not ranked (suppressed)');
    expect(nationalCell({ kind: 'context', period: '2018-19', value: 3, of: 151 })).toBe('Context only');
    expect(nationalCell(undefined)).toBe('No DfE figure');
  });

  it('the pack’s cell carries the period', () => {
    expect(nationalGlanceCell(ranked())).toBe('Band B, 37th of 151 in 2018-19');
    expect(nationalGlanceCell(ranked({ period: 'at 30 Sep 2018' }))).toBe('Band B, 37th of 151 at 30 Sep 2018');
    expect(nationalGlanceCell(undefined)).toBe('No DfE figure');
  });

  it('the published figure: a number, "low", "u", or why not', () => {
    expect(publishedFigureText({ value: 65.3 }, icpc)).toBe('65.3%');
    expect(publishedFigureText({ value: null, symbol: 'low' }, agency)).toBe('under 0.5%');
    expect(publishedFigureText({ value: null, symbol: 'u' }, agency)).toBe('Withheld (low reliability)');
    expect(publishedFigureText({ value: null, symbol: 'c', note: 'suppressed (c)' }, agency)).toBe('Not published (suppressed)');
  });

  it('the rule names the direction, and a neutral measure has none', () => {
    expect(nationalRule(icpc)).toMatch(/1st has the highest figure/);
    expect(nationalRule(agency)).toMatch(/1st has the lowest figure/);
    expect(nationalRule(agency)).toMatch(/band A is the best quarter of councils and D the worst/);
    expect(nationalRule(demand)).toMatch(/no national rank or band/);
    expect(periodPhrase('2018-19')).toBe('in 2018-19');
  });
});

describe('bandStrip: the band over the published years', () => {
  const entries: NationalField[] = [
    { indicator: 'CP5', period: '2018-19', value: 65.3, of: 5, higher: 3, lower: 1, quartiles: [40, 60, 70, 80, 90] },
    { indicator: 'CP5', period: '2017-18', value: 52, of: 5, higher: 0, lower: 4, quartiles: [10, 20, 30, 40, 52] },
    { indicator: 'CP5', period: '2019-20', value: null, symbol: 'c', note: 'suppressed (c)', of: 4, quartiles: [40, 50, 60, 70, 80] },
    { indicator: 'WF2', period: 'at 30 Sep 2018', value: 10, of: 1, higher: 0, lower: 0, quartiles: [10, 10, 10, 10, 10] },
  ];

  it('one row a period, oldest first, with band, rank and the published figure', () => {
    const strip = bandStrip(entries, icpc, 'Croydon')!;
    expect(strip.columns).toEqual(['Period', 'Band', 'National rank', 'DfE published figure']);
    expect(strip.rows).toEqual([
      ['2017-18', 'A', '1st of 5', '52%'],
      ['2018-19', 'C', '4th of 5', '65.3%'],
      ['2019-20', 'No band', 'Not ranked (suppressed)', 'Not published (suppressed)'],
    ]);
    expect(strip.bands).toEqual([
      { period: '2017-18', band: 'A' },
      { period: '2018-19', band: 'C' },
      { period: '2019-20', band: null },
    ]);
  });

  it('says what it shows in one sentence', () => {
    expect(bandStrip(entries, icpc, 'Croydon')!.summary).toBe(
      'Croydon’s national band for ICPC timeliness, 2017-18 to 2019-20: A, C, – (A is the best quarter of English councils, D the worst; – not banded).',
    );
    expect(bandStrip(entries, agency, 'Croydon')!.summary).toBe(
      'Croydon’s national band for Agency social worker rate, at 30 Sep 2018: A (A is the best quarter of English councils, D the worst).',
    );
  });

  it('a neutral indicator has no bands; an indicator without entries, no strip', () => {
    expect(bandStrip([{ indicator: 'FD1', period: '2018-19', value: 3, of: 2, higher: 1, lower: 0, quartiles: [3, 3.5, 4, 4.5, 5] }], demand, 'Croydon')).toMatchObject({
      rows: [['2018-19', 'No band', 'Context only', '3']],
      summary: 'Contacts is context only, so Croydon has no national band for it (2018-19).',
    });
    expect(bandStrip(entries, demand, 'Croydon')).toBeUndefined();
    expect(bandStrip(undefined, icpc, 'Croydon')).toBeUndefined();
  });

  it('follows the indicator’s polarity at run time: the same entries read both ways', () => {
    const down = { ...icpc, polarity: 'down' as const };
    expect(bandStrip(entries, down, 'Croydon')!.rows.map((row) => row.slice(1, 3))).toEqual([
      ['D', '5th of 5'],
      ['B', '2nd of 5'],
      ['No band', 'Not ranked (suppressed)'],
    ]);
    expect(nationalStanding(entries[0]!, 'down')).toMatchObject({ rank: 2 });
  });
});
