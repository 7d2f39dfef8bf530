// The story behind an indicator's figure (the month's narrative under the board's three questions,
// and who answers for it), and the off-track list built of them: every red or behind-trajectory
// indicator with its story (shared/data-contract.md). The Overview, the Exceptions page and the
// meeting pack all tell it in these words.
import { offTrack } from '../board/offTrack';
import type { IndicatorStatus } from '../board/status';
import { displayName } from '../names';
import { formatValue } from '../format';
import { formatMonth } from '../months';
import type { TermSegment } from './glossary';
import { narrativeParts, TRAJECTORY_WORDS } from './planWords';
import { indicatorHref } from './statusWords';
import { ragLabel } from './words';

export interface Story {
  /** Each part under its heading; `terms` where the page marks its glossary terms (the pack). */
  parts: { key: string; heading: string; text: string; terms?: TermSegment[] }[];
  /** "No narrative was given for Mar 2019." when there is none to tell (and the page says so). */
  none?: string;
  /** "Owner: …": the narrative's owner, else the indicator's. */
  owner?: string;
}

/** `sayNone`: whether a missing narrative is worth a sentence (the pack says so only when the folder uses the plan's fields). */
export function storyOf(status: Pick<IndicatorStatus, 'plan' | 'month'>, sayNone = true): Story {
  const { plan } = status;
  const parts = narrativeParts(plan.narrative);
  const owner = plan.narrative?.owner ?? plan.owner;
  return {
    parts,
    ...(parts.length === 0 && sayNone ? { none: `No narrative was given for ${formatMonth(status.month)}.` } : {}),
    ...(owner ? { owner: `Owner: ${owner}` } : {}),
  };
}

export interface OffTrackItem {
  id: string;
  name: string;
  href: string;
  /** "71.4% (Red, Behind trajectory)": the figure and why it is off track. */
  figure: string;
  story: Story;
}

export interface OffTrackList {
  heading: string;
  /** Only when no indicator is off track. */
  empty?: string;
  items: OffTrackItem[];
}

/** Every indicator red or behind its trajectory in the month, with its story. */
export function offTrackList(statuses: readonly IndicatorStatus[], month: string): OffTrackList {
  const items = offTrack(statuses);
  return {
    heading: 'Off track: the story behind the figures',
    ...(items.length === 0 ? { empty: `No indicator is red or behind its trajectory in ${formatMonth(month)}.` } : {}),
    items: items.map((status) => {
      const { indicator, plan } = status;
      const why = [status.rag === 'red' ? ragLabel(indicator.polarity, status.rag, status.value) : undefined, plan.trajectory?.status === 'behind' ? TRAJECTORY_WORDS.behind : undefined]
        .filter(Boolean)
        .join(', ');
      return { id: indicator.id, name: displayName(indicator), href: indicatorHref(indicator.id, month), figure: `${formatValue(status.value, indicator)} (${why})`, story: storyOf(status) };
    }),
  };
}
