// The calendar the Annex A page counts with (src/data/annexACount.ts): on the public site, which
// serves no officer's file, the publication's, asking the server for nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarFile } from '../../../src/domain/schema';

vi.mock('../../../src/data/servesRawFiles', () => ({ SERVES_RAW_FILES: false }));

const { fetchCalendarBytes } = await import('../../../src/data/annexACount');
const { readDataFile } = await import('../../../src/domain/contract/readFile');

afterEach(() => vi.unstubAllGlobals());

describe('the Annex A page’s calendar on the public site', () => {
  it('is the publication’s, written out as a calendar.json the counting reads as the file, with no request', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const published: CalendarFile = { closures: [{ date: '2018-12-27', reason: 'Christmas closure' }], cpVisitWorkingDays: 10, claVisitDays: 42 };
    const bytes = await fetchCalendarBytes(published);
    const read = readDataFile('calendar.json', bytes!);
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual(published);
    expect(await fetchCalendarBytes(undefined)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
