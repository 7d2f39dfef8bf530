// comparators.json against the catalogue (src/domain/contract/valueChecks.ts): the national entries
// and the DfE measures name known indicators, and a national figure is in its unit's range, as the
// neighbour measures always were.
import { describe, expect, it } from 'vitest';
import { checkComparatorsAgainstCatalogue } from '../../../src/domain/contract/valueChecks';
import type { ComparatorsFile, Indicator } from '../../../src/domain/schema';

const indicators: Indicator[] = [{ id: 'CP5', name: 'ICPC timeliness', area: 'Child protection', unit: 'percent', polarity: 'up' }];
const locate = () => ({ line: 1, column: 1 });
const file = (extra: Partial<ComparatorsFile>): ComparatorsFile => ({ council: 'Croydon', neighbours: [], measures: [], ...extra });
const check = (extra: Partial<ComparatorsFile>) => checkComparatorsAgainstCatalogue('comparators.json', file(extra), indicators, locate);

describe('checkComparatorsAgainstCatalogue: national and dfeMeasures', () => {
  it('a file without them, and one whose entries are right, have no problem', () => {
    expect(check({})).toEqual([]);
    expect(
      check({
        national: [{ indicator: 'CP5', period: '2018-19', value: 65.3, of: 144, higher: 127, lower: 16, quartiles: [46.2, 73.175, 80.65, 88.1, 99.3] }],
        dfeMeasures: [{ indicator: 'CP5', nextPublication: '2026-10-29' }],
      }),
    ).toEqual([]);
  });

  it('an unknown indicator in either list is an error, with the nearest id', () => {
    const problems = check({ national: [{ indicator: 'CP55', period: '2018-19', value: 65.3, of: 1 }], dfeMeasures: [{ indicator: 'cp5' }] });
    expect(problems).toMatchObject([
      { severity: 'error', code: 'unknown-indicator', path: ['national', 0, 'indicator'], suggestion: '"CP5"' },
      { severity: 'error', code: 'unknown-indicator', path: ['dfeMeasures', 0, 'indicator'], suggestion: '"CP5"' },
    ]);
  });

  it('a national figure outside its unit’s range is an error', () => {
    expect(check({ national: [{ indicator: 'CP5', period: '2018-19', value: 165.3, of: 1 }] })).toMatchObject([
      { severity: 'error', code: 'percent-out-of-range', path: ['national', 0, 'value'] },
    ]);
  });
});
