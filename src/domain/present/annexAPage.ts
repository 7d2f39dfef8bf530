// The "Build a month from Annex A" page's model: from the counted month and what it would write into
// the month's file, everything the page shows, in words: a summary, the measures as a table
// (measure, figure, numerator/denominator, by team, the rule in words with its source), the
// problems as a table (the same rows as the CSV the officer downloads), and what goes into the month
// file. The page lays this out and decides nothing.
import { formatValue } from '../format';
import { formatMonthLong } from '../months';
import { DEFAULT_CLA_VISIT_DAYS, DEFAULT_CP_VISIT_WORKING_DAYS, type MonthCount } from '../records/countMonth';
import { mergeCountIntoSnapshot, type WrittenFigure } from '../records/monthSnapshot';
import { ANNEX_A_MEASURE_IDS, type Indicator, type Snapshot } from '../schema';
import { PROBLEM_COLUMNS, problemCells } from './annexAProblems';
import { ANNEX_A_MEASURE_WORDS, measureCounts, measureFigure } from './annexAWords';
import type { CsvCell } from './csvExport';

export interface AnnexATable {
  caption: string;
  columns: readonly string[];
  /** Each cell as text, or as lines shown one under another (a team a line). */
  rows: readonly (readonly (string | readonly string[])[])[];
}

export interface AnnexAPageModel {
  summary: string;
  /** How working days and visits were counted: the calendar used. */
  calendar: string;
  /** The month's file with the counted figures in it: for the preview and Prepare a month. */
  snapshot: Snapshot;
  measures: AnnexATable;
  problems: AnnexATable;
  /** The name the problems' CSV is downloaded as, and its columns and rows. */
  problemsFile: string;
  problemsCsv: { header: string[]; rows: CsvCell[][] };
  /** What the month's file gets: a line an indicator. */
  written: string[];
  /** Figures already in the month's file that the extract would change, kept as they are. */
  kept: string[];
  /** Indicators counted from Annex A whose measure could not be counted. */
  notCounted: string[];
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

function measuresTable(count: MonthCount): AnnexATable {
  return {
    caption: `The month’s figures, ${formatMonthLong(count.month)}, counted from the extract`,
    columns: ['Measure', 'Figure', 'Numerator / denominator', 'By team', 'Rule', 'Source'],
    rows: ANNEX_A_MEASURE_IDS.map((id) => {
      const result = count.measures[id];
      const words = ANNEX_A_MEASURE_WORDS[id];
      const teams = Object.entries(result.breakdown ?? {}).map(([team, figure]) => {
        const counts = measureCounts(id, figure);
        return `${team}: ${measureFigure(id, { counted: true, ...figure })}${counts ? ` (${counts})` : ''}`;
      });
      const figure = result.counted ? measureFigure(id, result) : `Not counted: ${result.note}`;
      return [`${words.name} (${id})`, figure, measureCounts(id, result), teams, words.rule, words.source];
    }),
  };
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
    problems: {
      caption: `Records not counted as they stand, ${formatMonthLong(count.month)}: fix them at source`,
      columns: PROBLEM_COLUMNS,
      rows: count.problems.map((problem) => problemCells(problem).map((cell) => (cell === null || cell === undefined ? '' : String(cell)))),
    },
    problemsFile: `annex-a-problems-${count.month}.csv`,
    problemsCsv: { header: [...PROBLEM_COLUMNS], rows: count.problems.map(problemCells) },
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
