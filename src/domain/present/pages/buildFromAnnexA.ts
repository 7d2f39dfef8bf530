// The "Build a month from Annex A" page's model: from the counted month and what it would write into
// the month's file, everything the page shows, in words: a summary, the measures as a table
// (measure, figure, numerator/denominator, by team, the rule in words with its source), the
// problems as a table whose CSV the officer downloads (the same rows), and what goes into the month
// file. The page lays this out and decides nothing.
import { formatValue } from '../../format';
import { formatMonthLong, isMonth } from '../../months';
import { DEFAULT_CLA_VISIT_DAYS, DEFAULT_CP_VISIT_WORKING_DAYS, type MonthCount } from '../../records/countMonth';
import { mergeCountIntoSnapshot, type WrittenFigure } from '../../records/monthSnapshot';
import type { RecordProblem } from '../../records/problemLog';
import { ANNEX_A_MEASURE_IDS, type AnnexAMeasureId, type Indicator, type Snapshot } from '../../schema';
import { PROBLEM_COLUMNS, problemCells } from '../annexAProblems';
import { ANNEX_A_MEASURE_WORDS, measureCounts, measureFigure } from '../annexAWords';
import { tableOf, textCell, type ColumnSpec, type TableModel } from '../table';

export interface AnnexAPageModel {
  summary: string;
  /** How working days and visits were counted: the calendar used. */
  calendar: string;
  /** The month's file with the counted figures in it: for the preview and Prepare a month. */
  snapshot: Snapshot;
  measures: TableModel;
  /** With its CSV (the download names children by ID: it is for the officer alone, kept with the extract). */
  problems: TableModel;
  /** Said above the problems, or in their place when there are none. */
  problemsNote: string;
  /** What the month's file gets: a line an indicator. */
  written: string[];
  /** Figures already in the month's file that the extract would change, kept as they are. */
  kept: string[];
  /** Indicators counted from Annex A whose measure could not be counted. */
  notCounted: string[];
}

/** What stops a count before it starts, in words: the month not YYYY-MM, or no extract chosen (files dropped on the page count as chosen). */
export function countRequestProblem(month: string, extractFiles: number): string | undefined {
  if (!isMonth(month)) return 'Enter the month to count as YYYY-MM, for example 2019-04.';
  if (extractFiles === 0) return 'Choose the Annex A extract first.';
  return undefined;
}

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

/** "Working days skip weekends, bank holidays in England and Wales and 9 closure days (calendar.json); …" */
export function calendarWords(calendar?: { closures: number; cpVisitWorkingDays?: number; claVisitDays?: number }): string {
  const closures = calendar ? ` and ${plural(calendar.closures, 'closure day')} (the data folder’s calendar.json)` : ' (the data folder has no calendar.json: no closure days)';
  return (
    `Working days skip weekends, bank holidays in England and Wales${closures}. ` +
    `Children on a plan count as visited within ${calendar?.cpVisitWorkingDays ?? DEFAULT_CP_VISIT_WORKING_DAYS} working days, looked-after children within ${calendar?.claVisitDays ?? DEFAULT_CLA_VISIT_DAYS} days.`
  );
}

interface MeasureRow {
  id: AnnexAMeasureId;
  result: MonthCount['measures'][AnnexAMeasureId];
  teams: string[];
}

const words = (row: MeasureRow) => ANNEX_A_MEASURE_WORDS[row.id];
const MEASURE_COLUMNS: readonly ColumnSpec<MeasureRow>[] = [
  { key: 'measure', label: 'Measure', rowHeader: true, cell: (row) => textCell(`${words(row).name} (${row.id})`) },
  { key: 'figure', label: 'Figure', cell: (row) => textCell(row.result.counted ? measureFigure(row.id, row.result) : `Not counted: ${row.result.note}`) },
  { key: 'counts', label: 'Numerator / denominator', cell: (row) => textCell(measureCounts(row.id, row.result)) },
  // A team a line.
  { key: 'teams', label: 'By team', cell: (row) => textCell(row.teams.join('; '), { items: row.teams }) },
  { key: 'rule', label: 'Rule', cell: (row) => textCell(words(row).rule) },
  { key: 'source', label: 'Source', cell: (row) => textCell(words(row).source) },
];

function measuresTable(count: MonthCount): TableModel {
  const rows = ANNEX_A_MEASURE_IDS.map((id): MeasureRow => {
    const result = count.measures[id];
    const teams = Object.entries(result.breakdown ?? {}).map(([team, figure]) => {
      const counts = measureCounts(id, figure);
      return `${team}: ${measureFigure(id, { counted: true, ...figure })}${counts ? ` (${counts})` : ''}`;
    });
    return { id, result, teams };
  });
  return tableOf({ caption: `The month’s figures, ${formatMonthLong(count.month)}, counted from the extract`, columns: MEASURE_COLUMNS, key: (row) => row.id }, rows);
}

const PROBLEM_KEYS = ['list', 'row', 'child', 'column', 'found', 'expected', 'effect'] as const;

/** The problems' table and CSV: the CSV as problemsCsv writes it (the row a number), the table in words. */
function problemsTable(count: MonthCount): TableModel {
  const columns = PROBLEM_KEYS.map(
    (key, at): ColumnSpec<{ problem: RecordProblem; index: number }> => ({
      key,
      label: PROBLEM_COLUMNS[at]!,
      csv: PROBLEM_COLUMNS[at]!,
      ...(at === 0 ? { rowHeader: true } : {}),
      cell: ({ problem }) => {
        const value = problemCells(problem)[at];
        return textCell(value === null || value === undefined ? '' : String(value), { csv: value ?? '' });
      },
    }),
  );
  return tableOf(
    {
      caption: `Records not counted as they stand, ${formatMonthLong(count.month)}: fix them at source`,
      columns,
      key: ({ index }) => String(index),
      csv: { fileName: `annex-a-problems-${count.month}.csv`, label: 'Download the problems (CSV)' },
    },
    count.problems.map((problem, index) => ({ problem, index })),
  );
}

/** A figure as the indicator shows it: "45.5%", or its note when it has no value. */
const valueWords = (figure: { value: number | null; note?: string }, indicator: Indicator) => (figure.value === null ? (figure.note ?? 'no figure') : formatValue(figure.value, indicator));

const figureLine = (figure: WrittenFigure, indicators: ReadonlyMap<string, Indicator>) => {
  const indicator = indicators.get(figure.indicator)!;
  const name = indicator.shortName ?? indicator.name;
  const value = valueWords(figure.counted, indicator);
  const counts = figure.counted.numerator !== undefined && figure.counted.denominator !== undefined ? ` (${figure.counted.numerator} of ${figure.counted.denominator})` : '';
  return { name: `${figure.indicator} ${name}`, now: `${value}${counts}`, before: figure.before && valueWords(figure.before, indicator) };
};

/**
 * The page for a counted month. `existing`: the month's published file, if it has one; `replace`:
 * the officer chose to replace its figures that the extract would change.
 */
export function annexAPageModel(
  count: MonthCount,
  indicators: readonly Indicator[],
  existing: Snapshot | undefined,
  replace: boolean,
  calendar?: { closures: number; cpVisitWorkingDays?: number; claVisitDays?: number },
): AnnexAPageModel {
  const merged = mergeCountIntoSnapshot(existing, count, indicators, { replace });
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const counted = ANNEX_A_MEASURE_IDS.filter((id) => count.measures[id].counted).length;
  const problems = count.problems.length;
  return {
    snapshot: merged.snapshot,
    calendar: calendarWords(calendar),
    summary:
      `${formatMonthLong(count.month)}: ${counted} of ${ANNEX_A_MEASURE_IDS.length} measures counted; ` +
      (problems === 0 ? 'every record was counted as it stands.' : `${plural(problems, 'record')} could not be counted as ${problems === 1 ? 'it stands' : 'they stand'} (below).`),
    measures: measuresTable(count),
    problems: problemsTable(count),
    problemsNote:
      problems === 0
        ? 'Every record was counted as it stands.'
        : 'Each names the child by ID: fix them in the case system. The download is for your own use; keep it with the extract.',
    written: merged.written.map((figure) => {
      const line = figureLine(figure, byId);
      return `${line.name}: ${line.now}, counted by ${figure.measure}`;
    }),
    kept: merged.kept.map((figure) => {
      const line = figureLine(figure, byId);
      return `${line.name}: the month’s file has ${line.before}; the extract gives ${line.now}`;
    }),
    notCounted: merged.notCounted.map((missing) => `${missing.indicator} (${missing.measure}): ${missing.note}`),
  };
}
