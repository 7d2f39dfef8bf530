// The words of the Prepare-a-month form around the draft itself (the draft and its checks are the
// contract's: contract/monthDraft.ts, draftCheck.ts, carriedOver.ts): which months it can start
// from, what it says about the draft it shows and about keeping it, last month's figure beside each
// indicator of a new month, the parts carried over, and each field's name in the error summary
// ("CP5 ICPC timeliness: numerator").
import { unitSuffix } from '../../format';
import { addMonths, formatMonthLong, isMonth } from '../../months';
import type { Indicator, ValueObject, Workstream } from '../../schema';
import { normaliseValue } from '../../valueEntry';
import type { PageData } from './pageData';
import { formPartOrder } from './prepareSections';

export interface DraftState {
  /** The draft's month as typed (not yet checked) and the month it was filled in from. */
  month: string;
  basedOn?: string;
  /** Kept in this browser, or brought back from it. */
  kept: boolean;
  restored: boolean;
  /** The file just downloaded. */
  downloaded?: string;
  /** The parts carried over and not yet confirmed (contract/carriedOver.ts' parts), in the form's order. */
  unconfirmed?: readonly string[];
  /** This browser refused to keep the draft: storage blocked (some private windows) or full. */
  notKept?: boolean;
  /** Another tab or window of this browser changed the draft it keeps, or downloaded or discarded it. */
  otherTab?: 'changed' | 'removed';
}

export interface CarriedWords {
  /** Beside each part carried over. */
  mark: string;
  /** Beside a part not yet confirmed. */
  unconfirmed: string;
  /** The box to tick to keep a part as it is. */
  keep: string;
  /** The list at Download of the parts not yet confirmed, with each part's name. */
  summaryTitle: string;
  summaryHint: string;
  parts: { part: string; label: string }[];
}

export interface PrepareMonthModel {
  /** The month after the latest published (or this month, with none): a new form starts there. */
  next: string;
  startOptions: { value: string; label: string }[];
  startHint?: string;
  heading: string;
  status: string;
  /** When the draft would replace a published month's file. */
  replaces?: string;
  download: string;
  /** For a new month, last month's figure of each indicator (by id), shown beside its fields, never typed into them. */
  previousFigures: Record<string, string>;
  /** For a new month filled in from the latest: what is said of the words carried over. */
  carried?: CarriedWords;
  /** Said at once when this browser will not keep the draft. */
  storageAlert?: string;
  /** Said at once when another tab changed the draft, with the two choices. */
  otherTab?: { text: string; useOther: string; keepThis: string };
}

/** `today`: this month, for a folder with no month yet. */
export function nextMonthToPrepare(data: Pick<PageData, 'snapshots'>, today: string): string {
  const latest = data.snapshots.at(-1);
  return latest ? addMonths(latest.month, 1) : today;
}

/** "Last month, March 2019: 86.3% (44 of 51), quality good." The figure as written in the file. */
export function previousFigureWords(entry: ValueObject | undefined, indicator: Pick<Indicator, 'unit'>, month: string): string {
  const when = `Last month, ${formatMonthLong(month)}`;
  if (!entry || entry.value === null) return `${when}: not available${entry?.note ? ` (${entry.note})` : ''}.`;
  const counts = typeof entry.numerator === 'number' && typeof entry.denominator === 'number' ? ` (${entry.numerator} of ${entry.denominator})` : '';
  const quality = entry.quality ? `, quality ${entry.quality}` : '';
  const note = entry.note ? `, note “${entry.note}”` : '';
  const breakdown = entry.breakdown ? ' Its breakdown is not carried over.' : '';
  return `${when}: ${entry.value}${unitSuffix(indicator.unit, entry.value)}${counts}${quality}${note}.${breakdown}`;
}

/** A part carried over (contract/carriedOver.ts' `commentary`, `values.CP5`, `workstreams.practice`, `questions`) in words. */
export function carriedPartLabel(part: string, indicators: readonly Indicator[], workstreams: readonly Workstream[]): string {
  const [top, id] = part.split('.');
  if (top === 'values') {
    const indicator = indicators.find((candidate) => candidate.id === id);
    return `${id} ${indicator?.shortName ?? indicator?.name ?? ''}`.trim() + ': what it shows, why, what we are doing, owner';
  }
  if (top === 'workstreams') return `${workstreams.find((candidate) => candidate.id === id)?.name ?? id}: RAG, status, highlights, risks and action plan`;
  if (top === 'questions') return 'Questions for the committee';
  return 'The month’s commentary';
}

function carriedWords(data: Pick<PageData, 'indicators' | 'workstreams'>, from: string, month: string, unconfirmed: readonly string[]): CarriedWords {
  const was = formatMonthLong(from);
  const now = isMonth(month) ? formatMonthLong(month) : 'this month';
  const order = formPartOrder(data);
  return {
    mark: `Carried over from ${was}.`,
    unconfirmed: `Not yet confirmed: change what is different this month, or tick the box to keep it as it is.`,
    keep: `Keep it as it is for ${now}`,
    summaryTitle: `Carried over from ${was} and not yet confirmed (${unconfirmed.length})`,
    summaryHint: `What is left as it is would be published as ${now}’s. Change each, or tick “Keep it as it is”, and then download.`,
    // In the form's order (its sections group the indicators by area), whatever order they were carried in.
    parts: [...unconfirmed].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((part) => ({ part, label: carriedPartLabel(part, data.indicators, data.workstreams) })),
  };
}

const OTHER_TAB = {
  changed: {
    text: 'Your draft was changed in another tab or window of this browser. So that neither overwrites the other, what you type here is not kept until you choose.',
    useOther: 'Use the other tab’s draft',
    keepThis: 'Keep this tab’s draft instead',
  },
  removed: {
    text: 'Your draft was downloaded or discarded in another tab or window of this browser. What you type here is not kept until you choose.',
    useOther: 'Start afresh',
    keepThis: 'Keep this tab’s draft',
  },
};

function statusOf(draft: DraftState): string {
  if (draft.downloaded) return `Downloaded ${draft.downloaded}. Put it in the data folder’s snapshots/ folder and publish. The draft has been removed from this browser.`;
  if (draft.notKept) return 'This browser is not keeping your draft: download the file before you close or reload this page.';
  if (draft.otherTab) return 'What you type here is not kept until you choose which draft to keep.';
  if (draft.kept) return `Your draft for ${draft.month} is kept in this browser until you download it or discard it.`;
  if (draft.basedOn && draft.basedOn !== draft.month) {
    return `Filled in from ${formatMonthLong(draft.basedOn)}: its figures are shown beside each field, for you to give this month’s; its words are carried over, marked until you change or keep them.`;
  }
  return 'Change what needs correcting.';
}

export function prepareMonthModel(data: Pick<PageData, 'snapshots' | 'indicators' | 'workstreams'>, today: string, draft: DraftState): PrepareMonthModel {
  const latest = data.snapshots.at(-1);
  const next = nextMonthToPrepare(data, today);
  const existing = data.snapshots.map((snapshot) => snapshot.month).reverse();
  const newMonth = draft.basedOn !== undefined && draft.basedOn !== draft.month;
  const from = newMonth ? data.snapshots.find((snapshot) => snapshot.month === draft.basedOn) : undefined;
  return {
    next,
    startOptions: [next, ...existing].map((month) => ({
      value: month,
      label: month === next ? `A new month: ${formatMonthLong(month)}${latest ? ` (filled in from ${formatMonthLong(latest.month)})` : ''}` : `Correct ${formatMonthLong(month)}`,
    })),
    ...(draft.restored || draft.kept ? { startHint: 'Starting again replaces the draft kept in this browser.' } : {}),
    heading: isMonth(draft.month) ? formatMonthLong(draft.month) : 'The month',
    status: statusOf(draft),
    ...(draft.basedOn !== draft.month && existing.includes(draft.month)
      ? { replaces: `There is already a file for ${formatMonthLong(draft.month)}: the one you download replaces it when you put it in snapshots/.` }
      : {}),
    download: `Download ${isMonth(draft.month) ? draft.month : 'YYYY-MM'}.json`,
    previousFigures: from ? Object.fromEntries(data.indicators.map((indicator) => [indicator.id, previousFigureWords(normaliseValue(from.values[indicator.id]), indicator, from.month)])) : {},
    // A part still unconfirmed is named even when the month has been typed back to the one it came from.
    ...(draft.basedOn && (newMonth || (draft.unconfirmed ?? []).length > 0) ? { carried: carriedWords(data, draft.basedOn, draft.month, draft.unconfirmed ?? []) } : {}),
    ...(draft.notKept
      ? { storageAlert: 'This browser cannot keep your draft: its storage is blocked (as in some private windows) or full. Nothing you type here is saved, so download the file before you close or reload this page.' }
      : {}),
    ...(draft.otherTab ? { otherTab: OTHER_TAB[draft.otherTab] } : {}),
  };
}

const VALUE_WORDS: Record<string, string> = {
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  note: 'note',
  quality: 'quality',
  whatItShows: 'what it shows',
  why: 'why',
  whatWeAreDoing: 'what we are doing',
  owner: 'owner',
};
const WORKSTREAM_WORDS: Record<string, string> = {
  rag: 'RAG',
  status: 'status',
  highlights: 'highlights',
  risks: 'risks',
  actionsDue: 'actions due',
  actionsCompleted: 'actions completed',
  actionsOverdue: 'actions overdue',
};
/** An action's fields, as the form labels them. */
export const ACTION_WORDS: Record<string, string> = {
  id: 'Reference',
  action: 'Action',
  owner: 'Owner',
  due: 'Due (YYYY-MM-DD)',
  revisedDue: 'Revised due date (YYYY-MM-DD)',
  status: 'Status',
  completed: 'Completed on (YYYY-MM-DD)',
  indicators: 'Indicators it serves',
  note: 'Note',
};

/** A draft's field (contract/draftFields.ts' names: `values.CP5.numerator`) in words. */
export function fieldLabel(field: string, indicators: readonly Indicator[], workstreams: readonly Workstream[]): string {
  const [top, id, name, index, sub] = field.split('.');
  if (top === 'month') return 'Month';
  if (top === 'status') return 'Status';
  if (top === 'commentary') return 'Commentary';
  if (top === 'values') {
    const indicator = indicators.find((candidate) => candidate.id === id);
    return `${id} ${indicator?.shortName ?? indicator?.name ?? ''}`.trim() + `: ${VALUE_WORDS[name ?? ''] ?? name}`;
  }
  if (top === 'workstreams') {
    const workstream = workstreams.find((candidate) => candidate.id === id)?.name ?? id;
    if (name === 'actionPlan') return `${workstream}: action ${Number(index) + 1}, ${(ACTION_WORDS[sub ?? ''] ?? sub ?? '').toLowerCase()}`;
    return `${workstream}: ${WORKSTREAM_WORDS[name ?? ''] ?? name}`;
  }
  if (top === 'questions') return `Question ${Number(id) + 1}${name === 'indicator' ? ', indicator' : ''}`;
  return field;
}
