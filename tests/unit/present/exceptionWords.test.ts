// The exception rules in words, and the sentence case used to start a reason.
import { describe, expect, it } from 'vitest';
import { EXCEPTION_RULES, exceptionReasonText, sentenceCase } from '../../../src/domain/present/exceptionWords';

describe('exception words', () => {
  it('states each rule once, as a sentence naming it', () => {
    expect(EXCEPTION_RULES.map((rule) => rule.split(':')[0])).toEqual([
      'No figure this month',
      'Newly red',
      'Red for a number of months',
      'Special cause concerning',
      'Will miss target',
      'Behind trajectory',
      'Poor quality',
    ]);
    for (const rule of EXCEPTION_RULES) expect(rule).toMatch(/^[A-Z].*\.$/);
  });

  it('sentenceCase capitalises the first letter only, and leaves an empty text alone', () => {
    expect(sentenceCase('red for 3 months')).toBe('Red for 3 months');
    expect(sentenceCase('Already')).toBe('Already');
    expect(sentenceCase('will miss target: SPC')).toBe('Will miss target: SPC');
    expect(sentenceCase('')).toBe('');
  });
});

describe('exceptionReasonText', () => {
  it('joins the reasons in one sentence, in their order, and says nothing for none', () => {
    expect(exceptionReasonText(['red for 3 months', 'behind trajectory'])).toBe('Red for 3 months; behind trajectory.');
    expect(exceptionReasonText(['poor quality'])).toBe('Poor quality.');
    expect(exceptionReasonText([])).toBe('');
  });
});
