// Which month a month page shows for the month its address asks for.
import { describe, expect, it } from 'vitest';
import { chooseMonth } from '../../../src/domain/board/monthChoice';

const months = ['2018-01', '2018-02', '2018-04'];

describe('chooseMonth', () => {
  it('shows the month asked for when there are figures for it', () => {
    expect(chooseMonth(months, '2018-02')).toEqual({ month: '2018-02', asked: '2018-02', unknown: false });
    expect(chooseMonth(months, '2018-01')).toEqual({ month: '2018-01', asked: '2018-01', unknown: false });
  });

  it('shows the latest, without a word, when the address asks for no month', () => {
    expect(chooseMonth(months, null)).toEqual({ month: '2018-04', unknown: false });
    expect(chooseMonth(months, undefined)).toEqual({ month: '2018-04', unknown: false });
    expect(chooseMonth(months, '')).toEqual({ month: '2018-04', unknown: false });
    expect(chooseMonth(months, '  ')).toEqual({ month: '2018-04', unknown: false });
  });

  it('shows the latest, and says so, for a month with no figures: after the latest, before the first, or a gap', () => {
    for (const asked of ['2030-01', '2017-12', '2018-03']) expect(chooseMonth(months, asked)).toEqual({ month: '2018-04', asked, unknown: true });
  });

  it('shows the latest, and says so, for something that is not a month', () => {
    for (const asked of ['2018-13', '2018-1', 'March 2018', '2018-02 ']) expect(chooseMonth(months, asked)).toEqual({ month: '2018-04', asked, unknown: true });
  });

  it('has nothing to show, and nothing to say, with no month at all', () => {
    expect(chooseMonth([], '2018-02')).toEqual({ month: undefined, asked: '2018-02', unknown: false });
  });
});
