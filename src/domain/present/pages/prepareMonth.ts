// The words of the Prepare-a-month form around the draft itself (the draft and its checks are the
// contract's: contract/monthDraft.ts, draftCheck.ts): which months it can start from, what it says
// about the draft it shows, and each field's name in the error summary ("CP5 ICPC timeliness:
// numerator").
import { addMonths, formatMonthLong, isMonth } from '../../months';
import type { Indicator, Workstream } from '../../schema';
import type { PageData } from './pageData';

export interface DraftState {
  /** The draft's month as typed (not yet checked) and the month it was filled in from. */
  month: string;
  basedOn?: string;
  /** Kept in this browser, or brought back from it. */
  kept: boolean;
  restored: boolean;
  /** The file just downloaded. */
  downloaded?: string;
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
}

/** `today`: this month, for a folder with no month yet. */
export function nextMonthToPrepare(data: Pick<PageData, 'snapshots'>, today: string): string {
  const latest = data.snapshots.at(-1);
  return latest ? addMonths(latest.month, 1) : today;
}

export function prepareMonthModel(data: Pick<PageData, 'snapshots'>, today: string, draft: DraftState): PrepareMonthModel {
  const latest = data.snapshots.at(-1);
  const next = nextMonthToPrepare(data, today);
  const existing = data.snapshots.map((snapshot) => snapshot.month).reverse();
  return {
    next,
    startOptions: [next, ...existing].map((month) => ({
      value: month,
      label: month === next ? `A new month: ${formatMonthLong(month)}${latest ? ` (filled in from ${formatMonthLong(latest.month)})` : ''}` : `Correct ${formatMonthLong(month)}`,
    })),
    ...(draft.restored || draft.kept ? { startHint: 'Starting again replaces the draft kept in this browser.' } : {}),
    heading: isMonth(draft.month) ? formatMonthLong(draft.month) : 'The month',
    status: draft.downloaded
      ? `Downloaded ${draft.downloaded}. Put it in the data folder’s snapshots/ folder and publish. The draft has been removed from this browser.`
      : draft.kept
        ? `Your draft for ${draft.month} is kept in this browser until you download it or discard it.`
        : draft.basedOn && draft.basedOn !== draft.month
          ? `Filled in from ${formatMonthLong(draft.basedOn)}: change what is different this month.`
          : 'Change what needs correcting.',
    ...(draft.basedOn !== draft.month && existing.includes(draft.month)
      ? { replaces: `There is already a file for ${formatMonthLong(draft.month)}: the one you download replaces it when you put it in snapshots/.` }
      : {}),
    download: `Download ${isMonth(draft.month) ? draft.month : 'YYYY-MM'}.json`,
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
