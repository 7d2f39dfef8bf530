// The meeting pack's front sections, as models: every indicator at a glance, the summary, the
// exceptions with their stories, the changes since the previous pack and the questions. Texts
// that may hold glossary terms are `Marked`: the pack marks the first use of each term across
// all its sections, in print order (termMarks.ts).
import { changesBetween, previousPackSpan } from '../../board/changes';
import { seriesOf, type MonthView } from '../../board/monthView';
import type { NationalStanding } from '../../board/nationalRank';
import type { IndicatorStatus } from '../../board/status';
import { displayName } from '../../names';
import { formatValue } from '../../format';
import { formatMonth, formatMonthLong } from '../../months';
import type { ActionList } from '../actionWords';
import { changeRows, targetChangeSentences } from '../changeRows';
import { sentenceCase } from '../exceptionWords';
import { trajectoryWords, yearToDateParts } from '../planWords';
import { paragraphsOf } from '../paragraphs';
import { ragCountWords, type RagCountWords } from '../ragCounts';
import { changeWords, englandWords, ragTag, type Tag } from '../statusWords';
import { storyOf, type Story } from '../storyWords';
import { tableOf, textCell, type ColumnSpec, type TableModel } from '../table';
import type { Marked } from '../termMarks';
import { actionChangeLists, whenNone } from './changes';
import { questionsOf } from './exceptions';
import { exceptionsSentence, type SummaryList, type SummaryLists } from './monthParts';
import type { PageData } from './pageData';
import { packNationalCell } from './nationalParts';

type Mark = (text: string) => Marked;

/**
 * Every indicator in one table: the figure, RAG, target, change and England; the national band and
 * rank when comparators.json has them (`national`); the plan's columns when in use.
 */
export function packGlance(
  view: MonthView,
  mark: Mark,
  national?: ReadonlyMap<string, NationalStanding>,
): { counts: RagCountWords; after: string; table: TableModel } {
  const names = new Map(view.indicators.map((status) => [status.indicator.id, mark(displayName(status.indicator))]));
  const columns: ColumnSpec<IndicatorStatus>[] = [
    {
      key: 'indicator',
      label: 'Indicator',
      rowHeader: true,
      className: 'col-indicator',
      cell: ({ indicator }) => {
        const name = names.get(indicator.id)!;
        return { text: name.text, terms: name.terms, lead: indicator.id, ...(indicator.priority ? { mark: { symbol: '★', spoken: ', priority' } } : {}) };
      },
    },
    { key: 'value', label: 'Value', numeric: true, keyColumn: true, className: 'col-value', cell: (status) => textCell(formatValue(status.value, status.indicator)) },
    { key: 'rag', label: 'RAG', keyColumn: true, className: 'col-rag', cell: (status) => ({ ...ragTagCell(ragTag(status)) }) },
    // Compact: "None" for a neutral indicator (context only), "–" for one with no target that month.
    { key: 'target', label: 'Target', numeric: true, className: 'col-target', cell: (status) => textCell(status.threshold ? formatValue(status.threshold.target, status.indicator) : status.indicator.polarity === 'neutral' ? 'None' : '–') },
    {
      key: 'change',
      label: 'Change',
      className: 'col-change',
      cell: (status) => {
        const change = changeWords(status);
        return { text: change.text, direction: { direction: change.direction, ...(change.arrow ? { arrow: change.arrow } : {}) } };
      },
    },
    {
      key: 'england',
      label: 'England',
      className: 'pack-glance-figure col-england',
      cell: (status) => {
        const england = englandWords(status);
        return england ? textCell(england.value, { detail: england.period }) : textCell('–');
      },
    },
    ...(national ? [{ key: 'national', label: 'National', className: 'col-national', cell: (status: IndicatorStatus) => packNationalCell(national.get(status.indicator.id), status.england?.period) }] : []),
    ...(view.planInUse
      ? [
          { key: 'trajectory', label: 'Trajectory', className: 'col-trajectory', cell: (status: IndicatorStatus) => textCell(trajectoryWords(status.plan.trajectory)) },
          {
            key: 'ytd',
            label: 'Year to date',
            className: 'pack-glance-figure col-ytd',
            cell: (status: IndicatorStatus) => {
              const { value, detail } = yearToDateParts(status.plan.yearToDate, status.indicator);
              return textCell(value, detail ? { detail } : {});
            },
          },
        ]
      : []),
  ];
  return {
    counts: ragCountWords(view.indicators, 'indicators', view.month),
    after: ' Priority indicators are marked ★ and have a page of their own.',
    table: tableOf({ caption: `Every indicator at a glance, ${formatMonth(view.month)}`, columns, key: (status) => status.indicator.id }, view.indicators),
  };
}

const ragTagCell = (tag: Tag) => ({ text: tag.text, tag: tag.tone });

export interface PackSummary {
  heading: string;
  counts: RagCountWords;
  lists: SummaryLists;
  commentaryHeading: string;
  /** The officers' commentary in paragraphs, or the sentence saying there is none. */
  commentary: string[];
  noCommentary?: boolean;
}

export function packSummary(view: MonthView, mark: Mark): PackSummary {
  const list = (key: SummaryList['key'], heading: string, empty: string, items: MonthView['summary']['strengths']): SummaryList => ({
    key,
    heading,
    ...whenNone(
      items.map((item) => ({ key: `${item.indicatorId}-${item.kind}`, ...mark(item.text) })),
      empty,
    ),
  });
  return {
    heading: `Summary of ${formatMonthLong(view.month)}`,
    counts: ragCountWords(view.priority, 'priority indicators', view.month),
    lists: [
      list('strengths', 'Strengths and improvement', 'No indicator turned green or better, showed special cause improvement, improved three months running or did better than England.', view.summary.strengths),
      list('underperformance', 'Underperformance', 'No indicator is red, slipped a RAG, showed special cause concern, worsened three months running or did worse than England.', view.summary.underperformance),
    ],
    commentaryHeading: 'Officers’ commentary',
    ...(view.snapshot?.commentary ? { commentary: paragraphsOf(view.snapshot.commentary) } : { commentary: [`No commentary was given for ${formatMonthLong(view.month)}.`], noCommentary: true }),
  };
}

export interface PackException {
  id: string;
  name: Marked;
  figure: string;
  tag: Tag;
  reasons: Marked;
  note?: string;
  story: Story;
}

export function packExceptions(view: MonthView, mark: Mark): { sentence: string; items: PackException[] } {
  return {
    sentence: exceptionsSentence(view.exceptions.length, view.indicators.length, view.month, ', in the catalogue’s order'),
    items: view.exceptions.map(({ indicator: id, reasons, status }) => {
      const name = mark(displayName(status.indicator));
      const why = mark(`${reasons.map(sentenceCase).join('; ')}.`);
      // The pack says a narrative is missing only when the folder uses the plan's fields.
      const story = storyOf(status, view.planInUse);
      return {
        id,
        name,
        figure: formatValue(status.value, status.indicator),
        tag: ragTag(status),
        reasons: why,
        ...(status.point?.note ? { note: `Note: ${status.point.note}` } : {}),
        story: { ...story, parts: story.parts.map((part) => ({ ...part, ...mark(part.text) })) },
      };
    }),
  };
}

export interface PackChanges {
  /** "From Dec 2018 (three reporting months before, …) to Mar 2019." */
  intro: string;
  rag: { empty?: string; items: { id: string; name: Marked; change: string }[] };
  targets: { empty?: string; items: string[] };
  actions: [ActionList, ActionList];
}

/** Since the previous pack (three reporting months before: committees meet about quarterly); none for the first month. */
export function packChanges(data: PageData, view: MonthView, mark: Mark): PackChanges | undefined {
  const span = previousPackSpan(view.months, view.month);
  if (!span) return undefined;
  const between = changesBetween(data, span.from, span.to);
  const range = `from ${formatMonth(span.from)} to ${formatMonth(span.to)}`;
  return {
    intro: `From ${formatMonth(span.from)} (three reporting months before, as the committee meets about quarterly) to ${formatMonth(span.to)}.`,
    rag: whenNone(
      changeRows(data.indicators, seriesOf(data), between).flatMap((row) => (row.change ? [{ id: row.id, name: mark(row.name), change: row.change }] : [])),
      `No indicator’s RAG changed ${range}.`,
    ),
    targets: whenNone(targetChangeSentences(data.indicators, between), `No target changed ${range}.`),
    actions: actionChangeLists(between, data, { overdue: 'Actions newly overdue', completed: 'Actions completed', between: range }),
  };
}

export function packQuestions(view: MonthView, mark: Mark): { officer: { indicator?: string; text: Marked }[]; suggested: { key: string; text: Marked }[]; none?: string } {
  const { officer, suggested } = questionsOf(view);
  return {
    officer: officer.map((question) => ({ ...question, text: mark(question.text) })),
    suggested: suggested.map((question) => ({ key: question.key, text: mark(question.text) })),
    ...(suggested.length === 0 ? { none: `No questions are suggested for ${formatMonth(view.month)}.` } : {}),
  };
}
