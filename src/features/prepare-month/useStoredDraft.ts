// The draft kept in this browser's local storage, so that it survives a reload, until it is
// downloaded or discarded. Nothing is sent anywhere. Storage may be unavailable (private
// windows, a full quota): the form then works as before, without keeping the draft.
import { useCallback, useEffect, useRef, useState } from 'react';
import { DRAFT_STORAGE_KEY, parseStoredDraft } from '../../domain/contract/draftCheck';
import type { MonthDraft } from '../../domain/contract/monthDraft';

function readStored(): MonthDraft | undefined {
  try {
    return parseStoredDraft(window.localStorage.getItem(DRAFT_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

export function useStoredDraft(fresh: () => MonthDraft) {
  const [stored] = useState(readStored);
  const [draft, setDraft] = useState<MonthDraft>(() => stored ?? fresh());
  const [kept, setKept] = useState(stored !== undefined);
  const dirty = useRef(false);

  useEffect(() => {
    if (!dirty.current) return;
    try {
      window.localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
      setKept(true);
    } catch {
      setKept(false);
    }
  }, [draft]);

  /** An officer's change: kept in storage. */
  const update = useCallback((change: (draft: MonthDraft) => MonthDraft) => {
    dirty.current = true;
    setDraft(change);
  }, []);

  /** Forget the stored draft and show `next` (not kept until it is changed). */
  const forget = useCallback((next?: MonthDraft) => {
    dirty.current = false;
    try {
      window.localStorage.removeItem(DRAFT_STORAGE_KEY);
    } catch {
      // nothing kept, nothing to remove
    }
    setKept(false);
    if (next) setDraft(next);
  }, []);

  return { draft, update, forget, kept, restored: stored !== undefined };
}
