import { describe, expect, it } from 'vitest';
import { mergeCsvIntoSnapshot } from '../../../src/domain/contract/csvMerge';
import type { Snapshot } from '../../../src/domain/schema';

const existing: Snapshot = {
  month: '2019-03',
  status: 'provisional',
  produced: '2019-04-10',
  commentary: 'Words the CSV cannot carry.',
  values: {
    CP5: { value: 80, numerator: 40, denominator: 50, note: 'old note' },
    CL1: { value: 14.3, breakdown: { Assessment: 16.8 } },
    WF1: 20,
  },
  workstreams: { practice: { rag: 'green' } },
  surveys: [{ id: 's', name: 'Survey' }],
};
const fromCsv: Snapshot = { month: '2019-03', status: 'final', values: { CP5: { value: 86, numerator: 44, denominator: 51 }, CL1: 14.1 } };

describe('mergeCsvIntoSnapshot', () => {
  it('replaces the CSV’s figures and keeps everything the CSV cannot carry', () => {
    const { snapshot, kept, replaced } = mergeCsvIntoSnapshot(existing, fromCsv);
    expect(snapshot.values.CP5).toEqual({ value: 86, numerator: 44, denominator: 51 });
    expect(snapshot.values.CL1).toEqual({ value: 14.1, breakdown: { Assessment: 16.8 } });
    expect(snapshot.values.WF1).toBe(20);
    expect(snapshot).toMatchObject({ commentary: existing.commentary, produced: '2019-04-10', workstreams: existing.workstreams, surveys: existing.surveys, status: 'provisional' });
    expect(replaced).toEqual(['the figures of CP5, CL1']);
    expect(kept).toEqual(['the breakdown of CL1', 'the figures of WF1 (not in the CSV)', 'the produced date', 'commentary', 'workstream reports', 'surveys', 'the status (provisional)']);
  });

  it('a status given replaces the file’s, and says so', () => {
    const { snapshot, replaced, kept } = mergeCsvIntoSnapshot(existing, fromCsv, 'final');
    expect(snapshot.status).toBe('final');
    expect(replaced).toContain('the status (now final)');
    expect(kept.some((word) => word.startsWith('the status'))).toBe(false);
  });

  it('keeps a field it has no word for, by name', () => {
    const withMore = { ...existing, questions: [{ text: 'Why?' }] } as unknown as Snapshot;
    expect(mergeCsvIntoSnapshot(withMore, fromCsv).kept).toContain('questions');
  });
});
