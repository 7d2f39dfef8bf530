// SPC recalculation points (indicators.json's spc.recalculateFrom): months or { month, reason }.
import { describe, expect, it } from 'vitest';
import { recalculationMonths, recalculationPoints } from '../../../../src/domain/board/spc/spcRecalculation';
import type { Indicator } from '../../../../src/domain/schema';

const base: Indicator = { id: 'CP5', name: 'ICPC timeliness', area: 'Child protection', unit: 'percent', polarity: 'up' };

describe('recalculationPoints', () => {
  it('reads months and { month, reason } alike, months ascending', () => {
    const indicator: Indicator = { ...base, spc: { recalculateFrom: [{ month: '2018-09', reason: 'New front door model' }, '2018-04'] } };
    expect(recalculationPoints(indicator)).toEqual([{ month: '2018-04' }, { month: '2018-09', reason: 'New front door model' }]);
    expect(recalculationMonths(indicator)).toEqual(['2018-04', '2018-09']);
  });

  it('is empty, and gives the SPC no months, without settings', () => {
    expect(recalculationPoints(base)).toEqual([]);
    expect(recalculationMonths(base)).toBeUndefined();
  });
});
