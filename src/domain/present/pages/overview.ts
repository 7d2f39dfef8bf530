// The Overview's model: everything the page shows for a month, in words. The exceptions first,
// then the month's strengths and underperformance, a card per priority indicator (one status
// against the target, one direction, what a changed process means, and the rest one tap away), the stories of
// those off track, the commentary, the workstreams and the overdue actions. The first use of each
// glossary term on the page is marked, in that order. Plain data: the build writes it as JSON
// beside each publication, so the page's first load needs none of the rules that made it.
import { monthView } from '../../board/monthView';
import type { VariationIcon } from '../../board/spc/spcTypes';
import type { Assurance } from '../../board/spc/spcVerdict';
import { ragWord } from '../words';
import type { IndicatorStatus } from '../../board/status';
import { displayName } from '../../names';
import { formatValue } from '../../format';
import { formatMonth, lastMonthsUpTo } from '../../months';
import { overdueActionList, type ActionList } from '../actionWords';
import { exceptionReasonText } from '../exceptionWords';
import { firstUses, type TermSegment } from '../glossary';
import { paragraphsOf } from '../paragraphs';
import { ragCountWords, type RagCountWords } from '../ragCounts';
import { reconcilingSentence } from '../reconcile';
import { tooFewMonthsNote } from '../spcReport';
import { changeWords, englandWords, indicatorHref, ragTag, statusTag, type ChangeWords, type Tag } from '../statusWords';
import { comparisonWord } from '../comparisonWords';
import { processSentence } from '../processWords';
import type { TagTone } from '../table';
import { targetWords, type TargetWords } from '../targetWords';
import { offTrackList, type OffTrackList } from '../storyWords';
import { exceptionsSentence, summaryLists, type SummaryLists } from './monthParts';
import { monthFrame, type MonthFrame, type PageData } from './pageData';

export interface SparklineModel {
  points: { month: string; value: number | null }[];
  /** What it shows, in words: "Last 12 months: from 30% in Apr 2018 to 43% in Mar 2019." */
  label: string;
  target?: number;
}

/** Everything else about a card's figure, one tap away ("More about this figure"). */
export interface CardMore {
  summary: string;
  variation?: VariationIcon;
  assurance: Assurance;
  /** "Too few months for the SPC icons: 5 of the 12 needed." */
  spcNote?: TermSegment[];
  /** Why two of its other signals point different ways. */
  reconcile?: TermSegment[];
  /** "England: 78.7% (2018-19). Ours is better." */
  england?: string;
  target: TargetWords;
  definition?: TermSegment[];
}

export interface CardModel {
  id: string;
  href: string;
  title: TermSegment[];
  figure: string;
  /** The card's colour: its RAG, or none. */
  tone: TagTone;
  /** The one headline status, against the target: "Green: meets the 85% target"; none when the figure is "Not available". */
  status?: Tag;
  /** The one plain direction (its `full` words), quiet inside common-cause variation. */
  direction: ChangeWords;
  /** What a changed process means for the target: "Since August 2018 the figure has run at about 86.0%: …". */
  process?: string;
  /** Why the status and the direction point different ways, when they do. */
  reconcile?: TermSegment[];
  /** "Small number: based on 7 children" */
  smallNumber?: string;
  /** "Note: …", the officers' note on the month. */
  note?: string;
  sparkline: SparklineModel;
  more: CardMore;
}

export interface ExceptionBrief {
  id: string;
  href: string;
  name: TermSegment[];
  figure: string;
  tag: Tag;
  reasons: TermSegment[];
}

export interface OverviewModel extends MonthFrame {
  provisional: boolean;
  glance: RagCountWords;
  exceptions: { heading: string; sentence: string; items: ExceptionBrief[]; link: { text: string; href: string } };
  summary: SummaryLists;
  cards: CardModel[];
  /** Only when the folder uses the plan's fields. */
  offTrack?: OffTrackList;
  /** The officers' commentary, in paragraphs. */
  commentary?: string[];
  workstreams: { items: { id: string; name: string; tag: Tag; status?: string }[]; link: { text: string; href: string } };
  overdue?: ActionList;
}

/** "Last 12 months: from 30% in Apr 2018 to 43% in Mar 2019." */
function sparklineOf(status: IndicatorStatus): SparklineModel {
  const { indicator, month, threshold } = status;
  const last12 = lastMonthsUpTo(status.series, month, 12);
  const valued = last12.filter((point): point is typeof point & { value: number } => typeof point.value === 'number');
  const first = valued[0];
  const last = valued[valued.length - 1];
  const label =
    first && last
      ? `Last ${last12.length} months: from ${formatValue(first.value, indicator)} in ${formatMonth(first.month)} to ${formatValue(last.value, indicator)} in ${formatMonth(last.month)}.`
      : 'No figures in the last 12 months.';
  return { points: last12.map((point) => ({ month: point.month, value: typeof point.value === 'number' ? point.value : null })), label, ...(threshold ? { target: threshold.target } : {}) };
}

/** England's figure and how ours compares: "England: 78.7% (2018-19). Ours is better." */
function englandLine(status: IndicatorStatus): string | undefined {
  const england = englandWords(status);
  if (!england) return undefined;
  const how = status.vsEngland && status.vsEngland !== 'similar' ? ` Ours is ${comparisonWord(status.vsEngland).toLowerCase()}.` : status.vsEngland === 'similar' ? ' Ours is similar.' : '';
  return `England: ${england.value} (${england.period}).${how}`;
}

/** The texts of a card with terms to mark, in page order: title, reconciling sentence, SPC note, the other reconciling sentences, definition. */
const CARD_TEXTS = 5;
const cardTexts = (status: IndicatorStatus) => [
  displayName(status.indicator),
  reconcilingSentence(status, true) ?? '',
  tooFewMonthsNote(status.spc) ?? '',
  reconcilingSentence(status, false) ?? '',
  status.indicator.definition ?? '',
];

function cardOf(status: IndicatorStatus, [title, reconcile, spcNote, moreReconcile, definition]: TermSegment[][]): CardModel {
  const { indicator, point } = status;
  const statusWords = statusTag(status);
  const process = processSentence(status);
  const england = englandLine(status);
  return {
    id: indicator.id,
    href: indicatorHref(indicator.id, status.month),
    title: title!,
    figure: formatValue(status.value, indicator),
    tone: status.rag ?? 'none',
    ...(statusWords ? { status: statusWords } : {}),
    direction: changeWords(status),
    ...(process ? { process } : {}),
    ...(reconcilingSentence(status, true) ? { reconcile: reconcile! } : {}),
    ...(status.smallDenominator ? { smallNumber: `Small number: ${status.smallDenominator}` } : {}),
    ...(point?.note ? { note: `Note: ${point.note}` } : {}),
    sparkline: sparklineOf(status),
    more: {
      summary: 'More about this figure',
      ...(status.variation ? { variation: status.variation } : {}),
      assurance: status.assurance,
      ...(tooFewMonthsNote(status.spc) ? { spcNote: spcNote! } : {}),
      ...(reconcilingSentence(status, false) ? { reconcile: moreReconcile! } : {}),
      ...(england ? { england } : {}),
      target: targetWords(indicator, status.threshold),
      ...(indicator.definition ? { definition: definition! } : {}),
    },
  };
}

export function overviewModel(data: PageData, month: string): OverviewModel {
  const view = monthView(data, month);
  const statuses = view.priority;
  // The first use of each glossary term is marked: the exceptions come first, then the summary, then the cards.
  const exceptionTexts = view.exceptions.flatMap(({ status, reasons }) => [displayName(status.indicator), exceptionReasonText(reasons)]);
  const strengths = view.summary.strengths.map((item) => item.text);
  const underperformance = view.summary.underperformance.map((item) => item.text);
  const marked = firstUses([...exceptionTexts, ...strengths, ...underperformance, ...statuses.flatMap(cardTexts)]);
  const summaryFrom = exceptionTexts.length;
  const cardsFrom = summaryFrom + strengths.length + underperformance.length;
  return {
    ...monthFrame(data, month),
    provisional: view.snapshot?.status === 'provisional',
    glance: ragCountWords(statuses, 'priority indicators', month),
    exceptions: {
      heading: 'Exceptions: look at these first',
      sentence: exceptionsSentence(view.exceptions.length, view.indicators.length, month),
      items: view.exceptions.map(({ indicator, status }, index) => ({
        id: indicator,
        href: indicatorHref(indicator, month),
        name: marked[index * 2]!,
        figure: formatValue(status.value, status.indicator),
        tag: ragTag(status),
        reasons: marked[index * 2 + 1]!,
      })),
      link: { text: `The exceptions for ${formatMonth(month)} with their stories, owners and questions for scrutiny`, href: `/exceptions/?month=${month}` },
    },
    summary: summaryLists(view.summary, marked.slice(summaryFrom, cardsFrom)),
    cards: statuses.map((status, index) => cardOf(status, marked.slice(cardsFrom + index * CARD_TEXTS, cardsFrom + (index + 1) * CARD_TEXTS))),
    ...(view.planInUse ? { offTrack: offTrackList(view.indicators, month), overdue: overdueActionList(view.actions.overdue, data.workstreams, month) } : {}),
    ...(view.snapshot?.commentary ? { commentary: paragraphsOf(view.snapshot.commentary) } : {}),
    workstreams: {
      items: data.workstreams.map((workstream) => {
        const report = view.snapshot?.workstreams?.[workstream.id];
        return { id: workstream.id, name: workstream.name, tag: report ? { tone: report.rag, text: ragWord(report.rag) } : { tone: 'none', text: 'Not reported' }, ...(report?.status ? { status: report.status } : {}) };
      }),
      link: { text: `Workstream highlights, risks and actions for ${formatMonth(month)}`, href: `/workstreams/?month=${month}` },
    },
  };
}
