import { describe, expect, it } from 'vitest';
import { fieldLabel, prepareMonthModel } from '../../../../src/domain/present/pages/prepareMonth';
import { data } from './pageFixtures';

describe('prepareMonthModel', () => {
  it('starts a new month after the latest, filled in from it, or corrects a published one', () => {
    const model = prepareMonthModel(data, '2026-12', { month: '2018-06', basedOn: '2018-05', kept: false, restored: false });
    expect(model.next).toBe('2018-06');
    expect(model.startOptions.map((option) => option.label)).toEqual(['A new month: June 2018 (filled in from May 2018)', 'Correct May 2018', 'Correct March 2018', 'Correct February 2018', 'Correct January 2018']);
    expect(model.status).toBe('Filled in from May 2018: change what is different this month.');
    expect(model.download).toBe('Download 2018-06.json');
    expect(model.replaces).toBeUndefined();
  });

  it('starts at this month with no month published, and says what it keeps or has downloaded', () => {
    expect(prepareMonthModel({ snapshots: [] }, '2026-12', { month: '2026-12', kept: false, restored: false }).startOptions).toEqual([{ value: '2026-12', label: 'A new month: December 2026' }]);
    const kept = prepareMonthModel(data, '2026-12', { month: '2018-06', kept: true, restored: false });
    expect(kept.status).toBe('Your draft for 2018-06 is kept in this browser until you download it or discard it.');
    expect(kept.startHint).toBe('Starting again replaces the draft kept in this browser.');
    expect(prepareMonthModel(data, '2026-12', { month: '2018-06', kept: false, restored: false, downloaded: '2018-06.json' }).status).toMatch(/^Downloaded 2018-06.json\./);
  });

  it('warns when the draft would replace a published month, and names a month not yet typed', () => {
    expect(prepareMonthModel(data, '2026-12', { month: '2018-03', basedOn: '2018-05', kept: false, restored: false }).replaces).toBe(
      'There is already a file for March 2018: the one you download replaces it when you put it in snapshots/.',
    );
    const typing = prepareMonthModel(data, '2026-12', { month: '2018-1', kept: false, restored: false });
    expect([typing.heading, typing.download]).toEqual(['The month', 'Download YYYY-MM.json']);
  });
});

describe('fieldLabel', () => {
  it('names each field of the draft as the error summary says it', () => {
    const { indicators, workstreams } = data;
    expect(fieldLabel('values.CP5.numerator', indicators, workstreams)).toBe('CP5 ICPC timeliness: numerator');
    expect(fieldLabel('workstreams.practice.rag', indicators, workstreams)).toBe('Practice: RAG');
    expect(fieldLabel('workstreams.practice.actionPlan.0.due', indicators, workstreams)).toBe('Practice: action 1, due (yyyy-mm-dd)');
    expect(fieldLabel('questions.1.indicator', indicators, workstreams)).toBe('Question 2, indicator');
    expect(fieldLabel('month', indicators, workstreams)).toBe('Month');
  });
});
