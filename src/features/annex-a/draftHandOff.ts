// Handing the counted month to Prepare a month: as its draft, in this browser's local storage, where
// Prepare a month keeps its drafts (useStoredDraft.ts) and restores them when it opens. The draft is
// the month's file in the form's fields: aggregates only, never a record of the extract.
import type { Dataset } from '../../domain/contract/dataset';
import { DRAFT_STORAGE_KEY, parseStoredDraft } from '../../domain/contract/draftCheck';
import { draftFromSnapshot } from '../../domain/contract/monthDraft';
import { formatMonthLong } from '../../domain/months';
import type { Snapshot } from '../../domain/schema';

/** The month of a draft Prepare a month holds and has not downloaded, in words, or undefined. */
export function draftInStorage(): string | undefined {
  try {
    const draft = parseStoredDraft(window.localStorage.getItem(DRAFT_STORAGE_KEY));
    return draft ? formatMonthLong(draft.month) : undefined;
  } catch {
    return undefined;
  }
}

/** Store the month as Prepare a month's draft; false when this browser keeps no storage. */
export function storeAsDraft(snapshot: Snapshot, dataset: Pick<Dataset, 'indicators' | 'workstreams'>): boolean {
  try {
    window.localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draftFromSnapshot(snapshot.month, snapshot, dataset.indicators, dataset.workstreams)));
    return true;
  } catch {
    return false;
  }
}
