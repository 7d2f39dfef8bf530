// The Data page's model, for performance officers: what is published now, every publication the
// log keeps (each a permalink), and every raw file of the data folder checked in the browser, with
// its standing against what is published and its problems in words. The raw files' check and the
// log load after the page: their parts are worked out from what has loaded so far. Problems come
// already described (contract/problems.ts' describeProblem, by the caller), so this room needs
// nothing of the contract.
import { formatIsoTime, formatMonth, formatMonthLong } from '../../months';
import { publicationChangeWords } from '../publicationWords';
import type { Tag } from '../statusWords';
import { tableOf, textCell, type TableModel } from '../table';
import type { PageData } from './pageData';

export type Publishing = 'published' | 'changed' | 'not-published' | 'removed';
export type FileStatus = 'ok' | 'warnings' | 'error';

export interface DescribedProblem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  column?: number;
  /** The problem in words (describeProblem). */
  text: string;
}

export interface CheckedFile {
  file: string;
  month?: string;
  status: FileStatus;
  publishing: Publishing;
  problems: DescribedProblem[];
}

/** How far the raw files' check has got (src/features/data-health/useRawCheck.ts, problems described). */
export type RawCheckInput =
  | { status: 'not-served' }
  | { status: 'listing' }
  | { status: 'checking'; checked: number; total: number }
  | { status: 'list-failed' | 'check-failed'; reason: string }
  | { status: 'checked'; files: CheckedFile[]; folderProblems: DescribedProblem[]; missingMonths: string[]; errors: number; warnings: number };

/** A publication the log keeps: its id, when, the months it held and what it changed. */
export interface LoggedEntry {
  id: string;
  published: string;
  months: string[];
  added: string[];
  changed: string[];
  removed: string[];
}

const STATUS_WORDS: Record<FileStatus, string> = {
  ok: 'OK',
  warnings: 'Passes, with warnings',
  error: 'Has errors: cannot be published',
};

export const PUBLISHING_WORDS: Record<Publishing, string> = {
  published: 'Published',
  changed: 'Changed since publishing',
  'not-published': 'Not published yet',
  removed: 'Removed since publishing',
};

export interface PublishedPart {
  months: { count: string; range?: string };
  files: string;
  publication: { id: string; published: string };
}

export function publishedPart(data: Pick<PageData, 'snapshots' | 'files'>, publication: { id: string; published: string }): PublishedPart {
  const months = data.snapshots.map((snapshot) => snapshot.month);
  return {
    months: { count: String(months.length), ...(months.length > 0 ? { range: ` (${formatMonth(months[0]!)} to ${formatMonth(months[months.length - 1]!)})` } : {}) },
    files: String(data.files?.length ?? 0),
    publication: { id: publication.id, published: formatIsoTime(publication.published) },
  };
}

export interface PublicationItem {
  key: string;
  /** When it was published: the link's words. */
  when: string;
  /** The address's query: none for the current publication (the link lets go of a permalink). */
  search: string;
  current: boolean;
  /** ": Oct 2017 to Mar 2019 (added Mar 2019). " */
  after: string;
  id: string;
  /** " (current)", " (shown now)", or nothing. */
  mark: string;
}

/** Every publication the log keeps, newest first. */
export function publicationItems(entries: readonly LoggedEntry[], current: string | undefined, shown: string): PublicationItem[] {
  return [...entries].reverse().map((entry, index) => {
    const months = entry.months.length > 0 ? `${formatMonth(entry.months[0]!)} to ${formatMonth(entry.months[entry.months.length - 1]!)}` : 'no months';
    const what = publicationChangeWords(entry);
    const isCurrent = entry.id === current;
    return {
      key: `${entry.id}-${index}`,
      when: formatIsoTime(entry.published),
      search: isCurrent ? '' : `?publication=${entry.id}`,
      current: isCurrent,
      after: `: ${months}${what ? ` (${what})` : ''}. `,
      id: entry.id,
      mark: index === 0 && isCurrent ? ' (current)' : entry.id === shown && !isCurrent ? ' (shown now)' : '',
    };
  });
}

export interface FileProblems {
  file: string;
  /** "Changed since publishing", beside the file's name, when it is not as published. */
  publishing?: string;
  /** What to say when it has no problem: it is new, changed or removed. */
  none?: string;
  problems: { severity: 'error' | 'warning'; tag: Tag; place: string; text: string }[];
}

export type RawFilesPart =
  /** The public site, which serves no officer's file: where the officers' check is instead, the build's command apart (as code). */
  | { status: 'not-served'; before: string; command: string; after: string }
  | { status: 'waiting'; message: string; progress?: { value: number; max: number } }
  | { status: 'failed'; message: string; canRetry: boolean }
  | {
      status: 'checked';
      count: string;
      /** "3 files", "1 error": the number, stressed, and what it counts. */
      stats: { count: string; words: string }[];
      /** When the folder has errors: why it cannot be published (stressed), and what the site does meanwhile. */
      blocked?: { lead: string; text: string };
      missingMonths: { intro?: string; items: { month: string; file: string }[]; none?: string };
      table: TableModel;
      problems: FileProblems[];
      allClear?: string;
      folder?: { heading: string; intro: string; problems: { severity: 'error' | 'warning'; tag: Tag; file: string; text: string }[] };
    };

/** A problem's severity in a tag: an error red, a warning amber, each in words. */
const tagOf = (severity: 'error' | 'warning'): Tag => (severity === 'error' ? { tone: 'red', text: 'Error' } : { tone: 'amber', text: 'Warning' });

const stat = (count: number, one: string, many: string) => ({ count: String(count), words: count === 1 ? one : many });

function checkedPart(input: Extract<RawCheckInput, { status: 'checked' }>): RawFilesPart {
  const changed = input.files.filter((file) => file.publishing !== 'published').length;
  const withProblems = input.files.filter((file) => file.problems.length > 0 || file.publishing !== 'published');
  const count = (severity: 'error' | 'warning') => (file: CheckedFile) => file.problems.filter((problem) => problem.severity === severity).length;
  return {
    status: 'checked',
    count: `Checked ${input.files.length} files.`,
    stats: [stat(input.files.length, 'file', 'files'), stat(input.errors, 'error', 'errors'), stat(input.warnings, 'warning', 'warnings'), stat(changed, 'file differs from what is published', 'files differ from what is published')],
    ...(input.errors > 0 ? { blocked: { lead: 'The data folder has errors, so it cannot be published.', text: ' The dashboard keeps showing the last publication until they are fixed.' } } : {}),
    missingMonths:
      input.missingMonths.length > 0
        ? { intro: 'These months have no snapshot between the first and the last month:', items: input.missingMonths.map((month) => ({ month: formatMonthLong(month), file: `snapshots/${month}.json` })) }
        : { items: [], none: 'No month is missing between the first and the last.' },
    table: tableOf(
      {
        caption: `Every data file, ${input.files.length} in all`,
        columns: [
          { key: 'file', label: 'File', rowHeader: true, cell: (file) => textCell(file.file, { code: true }) },
          { key: 'month', label: 'Month', cell: (file) => textCell(file.month ? formatMonth(file.month) : '–') },
          { key: 'checks', label: 'Checks', cell: (file) => (file.publishing === 'removed' ? { text: '–', tag: `file-${file.status}` } : { text: STATUS_WORDS[file.status], tag: `file-${file.status}` }) },
          { key: 'publishing', label: 'Against what is published', cell: (file) => textCell(PUBLISHING_WORDS[file.publishing]) },
          { key: 'errors', label: 'Errors', numeric: true, cell: (file) => textCell(String(count('error')(file))) },
          { key: 'warnings', label: 'Warnings', numeric: true, cell: (file) => textCell(String(count('warning')(file))) },
        ],
        key: (file) => file.file,
      },
      input.files,
    ),
    problems: withProblems.map((file) => ({
      file: file.file,
      ...(file.publishing !== 'published' ? { publishing: PUBLISHING_WORDS[file.publishing] } : {}),
      ...(file.problems.length === 0 ? { none: file.publishing === 'removed' ? 'No longer in the data folder: the next publication leaves it out.' : 'No problems: the next publication will include it.' } : {}),
      problems: file.problems.map((problem) => ({ severity: problem.severity, tag: tagOf(problem.severity), place: `line ${problem.line ?? 1}, column ${problem.column ?? 1}`, text: problem.text })),
    })),
    ...(withProblems.length === 0 && input.folderProblems.length === 0 ? { allClear: 'No problems found: every file passed every check and is published as it is.' } : {}),
    ...(input.folderProblems.length > 0
      ? {
          folder: {
            heading: 'In the data folder',
            intro: 'Files and folders the dashboard cannot read or does not read, with what to do about each:',
            problems: input.folderProblems.map((problem) => ({ severity: problem.severity, tag: tagOf(problem.severity), file: problem.file, text: problem.text })),
          },
        }
      : {}),
  };
}

/** The raw files' part of the page, for how far their check has got. */
export function rawFilesPart(input: RawCheckInput): RawFilesPart {
  switch (input.status) {
    case 'not-served':
      return {
        status: 'not-served',
        before: 'This is the public site: it serves what its pages show and nothing more, so the officers’ own files are not here. The officers’ copy of the dashboard (built with ',
        command: 'npm run build -- --mode officers',
        after: ' and kept where only officers can open it) checks every file of the data folder on this page. A file chosen below is checked in your browser against what is published.',
      };
    case 'listing':
      return { status: 'waiting', message: 'Finding the data files…' };
    case 'checking':
      return { status: 'waiting', message: `Checked ${input.checked} of ${input.total} files…`, progress: { value: input.checked, max: input.total } };
    case 'list-failed':
    case 'check-failed':
      return { status: 'failed', message: `The data files could not be checked: ${input.reason}. The published figures above are not affected.`, canRetry: input.status === 'list-failed' };
    case 'checked':
      return checkedPart(input);
  }
}
