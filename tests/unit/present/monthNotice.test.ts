// The words a month page says when it shows another month than its address asks for.
import { describe, expect, it } from 'vitest';
import { noScriptMonthNotice, unknownMonthNotice } from '../../../src/domain/present/monthNotice';

const months = ['2017-10', '2017-11', '2019-03'];

describe('unknownMonthNotice', () => {
  it('says nothing when the month asked for is shown, or none is asked for', () => {
    expect(unknownMonthNotice(months, '2017-11')).toBeUndefined();
    expect(unknownMonthNotice(months, null)).toBeUndefined();
    expect(unknownMonthNotice(months, '')).toBeUndefined();
    expect(unknownMonthNotice([], '2030-01')).toBeUndefined();
  });

  it('names the month with no figures, the months there are and the month shown instead', () => {
    expect(unknownMonthNotice(months, '2030-01')).toBe('There are no figures for January 2030: the dashboard has figures from October 2017 to March 2019. Showing March 2019, the latest month.');
    expect(unknownMonthNotice(months, '2018-06')).toBe('There are no figures for June 2018: the dashboard has figures from October 2017 to March 2019. Showing March 2019, the latest month.');
    expect(unknownMonthNotice(['2019-03'], '2019-02')).toBe('There are no figures for February 2019: the dashboard has only March 2019. Showing March 2019, the latest month.');
  });

  it('quotes what is not a month, cut short, and says how a month is written', () => {
    expect(unknownMonthNotice(months, '2019-13')).toBe(
      'The address asks for the month “2019-13”, which is not a month written YYYY-MM (such as 2019-03): the dashboard has figures from October 2017 to March 2019. Showing March 2019, the latest month.',
    );
    const long = unknownMonthNotice(months, 'x'.repeat(500))!;
    expect(long).toContain(`“${'x'.repeat(40)}…”`);
    expect(long.length).toBeLessThan(250);
  });
});

describe('noScriptMonthNotice', () => {
  it('tells a reader without JavaScript that the drawn page is always the latest month', () => {
    expect(noScriptMonthNotice(months)).toBe('Without JavaScript this page shows March 2019, the latest month, whatever month its address asks for. To see another month, switch JavaScript on.');
    expect(noScriptMonthNotice([])).toBeUndefined();
  });
});
