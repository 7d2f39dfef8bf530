// The sentence case used to start a reason, and the reasons in one sentence.
import { describe, expect, it } from 'vitest';
import { exceptionReasonText, sentenceCase } from '../../../src/domain/present/exceptionWords';

describe('exception words', () => {
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
