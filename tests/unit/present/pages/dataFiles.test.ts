import { describe, expect, it } from 'vitest';
import { publicationItems, publishedPart, rawFilesPart, type CheckedFile } from '../../../../src/domain/present/pages/dataFiles';
import { cellTexts, data } from './pageFixtures';

describe('the Data page’s model', () => {
  it('says what is published: the months, the files and the publication', () => {
    expect(publishedPart({ ...data, files: [{ file: 'site.json' }, { file: 'indicators.json' }] }, { id: 'abc', published: '2018-06-01T09:00:00.000Z' })).toEqual({
      months: { count: '4', range: ' (Jan 2018 to May 2018)' },
      files: '2',
      publication: { id: 'abc', published: '1 June 2018 at 09:00 UTC' },
    });
    expect(publishedPart({ snapshots: [] }, { id: 'abc', published: '2018-06-01T09:00:00.000Z' }).months).toEqual({ count: '0' });
  });

  it('lists the log’s publications newest first, each a permalink but the current one, marked current or shown', () => {
    const entries = [
      { id: 'one', published: '2018-05-01T09:00:00.000Z', months: ['2018-01', '2018-03'], added: ['2018-01', '2018-03'], changed: [], removed: [] },
      { id: 'two', published: '2018-06-01T09:00:00.000Z', months: ['2018-01', '2018-05'], added: ['2018-05'], changed: ['2018-02'], removed: [] },
    ];
    const items = publicationItems(entries, 'two', 'one');
    expect(items.map((item) => [item.id, item.search, item.mark])).toEqual([
      ['two', '', ' (current)'],
      ['one', '?publication=one', ' (shown now)'],
    ]);
    expect(items[0]!.after).toBe(': Jan 2018 to May 2018 (added May 2018; changed Feb 2018). ');
  });

  it('says how far the raw files’ check has got, and what failed', () => {
    expect(rawFilesPart({ status: 'listing' })).toEqual({ status: 'waiting', message: 'Finding the data files…' });
    expect(rawFilesPart({ status: 'checking', checked: 3, total: 9 })).toEqual({ status: 'waiting', message: 'Checked 3 of 9 files…', progress: { value: 3, max: 9 } });
    expect(rawFilesPart({ status: 'list-failed', reason: 'no answer' })).toMatchObject({ status: 'failed', canRetry: true, message: 'The data files could not be checked: no answer. The published figures above are not affected.' });
    expect(rawFilesPart({ status: 'check-failed', reason: 'no answer' })).toMatchObject({ canRetry: false });
  });

  it('on the public site, which serves no officer’s file, says so and where the officers’ check is', () => {
    const part = rawFilesPart({ status: 'not-served' });
    expect(part).toMatchObject({ status: 'not-served', command: 'npm run build -- --mode officers' });
    expect(part.status === 'not-served' && `${part.before}${part.command}${part.after}`).toBe(
      'This is the public site: it serves what its pages show and nothing more, so the officers’ own files are not here. The officers’ copy of the dashboard (built with npm run build -- --mode officers and kept where only officers can open it) checks every file of the data folder on this page. A file chosen below is checked in your browser against what is published.',
    );
  });

  it('tables every file checked with its standing, and lists each file’s problems with their places', () => {
    const files: CheckedFile[] = [
      { file: 'indicators.json', status: 'ok', publishing: 'published', problems: [] },
      { file: 'snapshots/2018-06.json', month: '2018-06', status: 'error', publishing: 'not-published', problems: [{ severity: 'error', file: 'snapshots/2018-06.json', line: 4, column: 12, text: 'CP5: 143 is above 100' }] },
      { file: 'snapshots/2018-02.json', month: '2018-02', status: 'ok', publishing: 'removed', problems: [] },
    ];
    const part = rawFilesPart({ status: 'checked', files, folderProblems: [], missingMonths: ['2018-04'], errors: 1, warnings: 0 });
    if (part.status !== 'checked') throw new Error('not checked');
    expect(part.stats.map((stat) => `${stat.count} ${stat.words}`)).toEqual(['3 files', '1 error', '0 warnings', '2 files differ from what is published']);
    expect(part.blocked!.lead).toBe('The data folder has errors, so it cannot be published.');
    expect(part.missingMonths.items).toEqual([{ month: 'April 2018', file: 'snapshots/2018-04.json' }]);
    expect(cellTexts(part.table)).toEqual([
      ['indicators.json', '–', 'OK', 'Published', '0', '0'],
      ['snapshots/2018-06.json', 'Jun 2018', 'Has errors: cannot be published', 'Not published yet', '1', '0'],
      ['snapshots/2018-02.json', 'Feb 2018', '–', 'Removed since publishing', '0', '0'],
    ]);
    expect(part.problems).toEqual([
      { file: 'snapshots/2018-06.json', publishing: 'Not published yet', problems: [{ severity: 'error', tag: { tone: 'red', text: 'Error' }, place: 'line 4, column 12', text: 'CP5: 143 is above 100' }] },
      { file: 'snapshots/2018-02.json', publishing: 'Removed since publishing', none: 'No longer in the data folder: the next publication leaves it out.', problems: [] },
    ]);
    expect(part.allClear).toBeUndefined();
  });
});
