import { describe, expect, it } from 'vitest';
import { answerSide, orderAnswers, wrapLabel } from '../../../src/domain/present/surveyAnswers';

describe('survey answers in the scale’s order', () => {
  it('orders a six-point scale from strongly agree to strongly disagree, not alphabetically', () => {
    expect(orderAnswers(['Agree', 'Disagree', 'Somewhat agree', 'Somewhat disagree', 'Strongly agree', 'Strongly disagree'])).toEqual([
      'Strongly agree',
      'Agree',
      'Somewhat agree',
      'Somewhat disagree',
      'Disagree',
      'Strongly disagree',
    ]);
  });

  it('puts the neutral answer in the middle and ignores case and spaces', () => {
    expect(orderAnswers(['disagree ', 'Neither agree nor disagree', 'AGREE'])).toEqual(['AGREE', 'Neither agree nor disagree', 'disagree ']);
  });

  it('keeps answers off the scale, in their own order, after it', () => {
    expect(orderAnswers(['Yes', 'Disagree', 'No', 'Agree'])).toEqual(['Agree', 'Disagree', 'Yes', 'No']);
  });

  it('tells the side of the scale for colour', () => {
    expect(['Strongly agree', 'Neither agree nor disagree', 'Somewhat disagree', 'Yes'].map(answerSide)).toEqual(['agree', 'neutral', 'disagree', 'other']);
  });
});

describe('statement labels wrapped, never cut', () => {
  it('wraps at spaces within the width and keeps every word', () => {
    const text = 'The tools and resources I need (e.g. CRS, business support) enable me to manage my workload';
    const lines = wrapLabel(text, 30);
    expect(lines.join(' ')).toBe(text);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('gives a word longer than the width a line of its own, whole', () => {
    expect(wrapLabel('a supercalifragilistic word', 10)).toEqual(['a', 'supercalifragilistic', 'word']);
  });

  it('has no line for empty text', () => {
    expect(wrapLabel('   ', 10)).toEqual([]);
  });
});
