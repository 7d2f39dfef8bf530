// The neighbour model named and the method said (src/domain/present/neighbourWords.ts), and the
// next publication in words.
import { describe, expect, it } from 'vitest';
import { neighbourMethodSentence, publicationDueSentence } from '../../../src/domain/present/neighbourWords';

const model = { name: 'DfE statistical neighbour model, 2025', year: 2025, file: 'sn_model_2025_wide.csv' };

describe('neighbourMethodSentence', () => {
  it('names the model and says the mean rests on every neighbour', () => {
    expect(neighbourMethodSentence(model, { period: '2017-18', neighbourMean: 76.3, neighbourCount: 10 }, 10, 'Croydon')).toBe(
      'Statistical neighbours: the 10 councils most like Croydon in the DfE statistical neighbour model, 2025; the figure in 2017-18 is the mean of all 10.',
    );
  });

  it('says how many the mean rests on when some have no figure', () => {
    expect(neighbourMethodSentence(model, { period: '2023-24', neighbourMean: 73.1, neighbourCount: 9 }, 10, 'Croydon')).toBe(
      'Statistical neighbours: the 10 councils most like Croydon in the DfE statistical neighbour model, 2025; the figure in 2023-24 is the mean of the 9 of them that have one.',
    );
  });

  it('no mean at all; a file written before the model was named; a workforce census', () => {
    expect(neighbourMethodSentence(model, { period: 'at 30 Sep 2025' }, 10, 'Croydon')).toBe(
      'Statistical neighbours: the 10 councils most like Croydon in the DfE statistical neighbour model, 2025; none of them has a published figure at 30 Sep 2025, so there is no mean.',
    );
    expect(neighbourMethodSentence(undefined, { period: '2017-18', neighbourMean: 70 }, 10, 'Croydon')).toBe(
      'Statistical neighbours: the 10 councils most like Croydon in the DfE’s statistical neighbour model; the figure in 2017-18 is the mean of all 10.',
    );
  });
});

describe('publicationDueSentence', () => {
  it('"due" until the date’s month is past, then "overdue: expected by …"', () => {
    expect(publicationDueSentence({ status: 'due', date: '2026-10-29' })).toBe('Next DfE figures due by 29 October 2026.');
    expect(publicationDueSentence({ status: 'overdue', date: '2026-10-29' })).toBe('Next DfE figures overdue: expected by 29 October 2026.');
    expect(publicationDueSentence(undefined)).toBeUndefined();
  });
});
