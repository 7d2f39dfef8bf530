import { describe, expect, it } from 'vitest';
import { checkQuotientAgreement, checkValuesAgainstCatalogue } from '../../../src/domain/contract/valueChecks';
import type { Indicator, Snapshot } from '../../../src/domain/schema';

const at = () => ({ line: 1, column: 1 });
const WF1: Indicator = { id: 'WF1', name: 'Agency social workers', area: 'Workforce', unit: 'count', polarity: 'down' };
const CL1: Indicator = { id: 'CL1', name: 'Average caseload', area: 'Workforce', unit: 'number', polarity: 'down' };
const agree = (indicator: Indicator, value: number, numerator: number, denominator: number) =>
  checkQuotientAgreement('snapshots/2019-04.json', indicator, { value, numerator, denominator }, ['values', indicator.id], at);

describe('checkQuotientAgreement: a count, number or days with a numerator and a denominator', () => {
  it('53 with 900 / 3 disagrees: a warning naming both readings', () => {
    expect(agree(WF1, 53, 900, 3)).toMatchObject([{ severity: 'warning', code: 'numerator-disagrees', path: ['values', 'WF1', 'value'], expected: 'the numerator (900) or 900 / 3 = 300', found: '53' }]);
  });
  it('agrees with the numerator itself, or with the quotient as rounded', () => {
    expect(agree(WF1, 900, 900, 3)).toEqual([]);
    expect(agree(WF1, 300, 900, 3)).toEqual([]);
    expect(agree(CL1, 21.4, 300, 14)).toEqual([]);
    expect(agree(CL1, 21, 300, 14)).toEqual([]);
  });
  it('the rounding is the figure’s own: 21.5 is not 300 / 14 = 21.43', () => {
    expect(agree(CL1, 21.5, 300, 14)).toHaveLength(1);
  });
  it('says nothing of a percent (its own error), a null value or a zero denominator (its own error)', () => {
    expect(agree({ ...WF1, unit: 'percent' }, 53, 900, 3)).toEqual([]);
    expect(checkQuotientAgreement('f', WF1, { value: null, numerator: 1, denominator: 2 }, [], at)).toEqual([]);
    expect(agree(WF1, 53, 900, 0)).toEqual([]);
  });
  it('a count that disagrees is one warning, not also "no meaning"', () => {
    const snapshot: Snapshot = { month: '2019-04', values: { WF1: { value: 53, numerator: 900, denominator: 3 } } };
    expect(checkValuesAgainstCatalogue('snapshots/2019-04.json', snapshot, [WF1], at).map((problem) => problem.code)).toEqual(['numerator-disagrees']);
    const agreeing: Snapshot = { month: '2019-04', values: { WF1: { value: 900, numerator: 900, denominator: 3 } } };
    expect(checkValuesAgainstCatalogue('snapshots/2019-04.json', agreeing, [WF1], at).map((problem) => problem.code)).toEqual(['numerator-on-count']);
  });
});
