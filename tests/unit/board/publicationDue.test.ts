// When the DfE's next figures are due (src/domain/board/publicationDue.ts): against the month shown,
// never today's clock; only for the latest period imported.
import { describe, expect, it } from 'vitest';
import { publicationDue } from '../../../src/domain/board/publicationDue';

const latest = { shown: '2024-25', latest: '2024-25' };

describe('publicationDue', () => {
  it('due through the month the date falls in, overdue from the month after', () => {
    expect(publicationDue('2026-10-29', '2026-09', latest)).toEqual({ status: 'due', date: '2026-10-29' });
    expect(publicationDue('2026-10-29', '2026-10', latest)).toEqual({ status: 'due', date: '2026-10-29' });
    expect(publicationDue('2026-10-29', '2026-11', latest)).toEqual({ status: 'overdue', date: '2026-10-29' });
    expect(publicationDue('2026-10-29', '2027-03', latest)?.status).toBe('overdue');
  });

  it('nothing when no date is given, or the period shown is not the latest imported (its successor is already out)', () => {
    expect(publicationDue(undefined, '2026-11', latest)).toBeUndefined();
    expect(publicationDue('2026-10-29', '2019-03', { shown: '2018-19', latest: '2024-25' })).toBeUndefined();
    expect(publicationDue('2026-10-29', '2019-03', { shown: '2018-19', latest: undefined })).toBeUndefined();
  });
});
