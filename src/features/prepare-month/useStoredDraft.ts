// The draft kept in this browser's local storage, so that it survives a reload, until it is
// downloaded or discarded. Nothing is sent anywhere. Storage may be blocked (some private windows)
// or full: the form then works without keeping the draft, and says so at once (`notKept`). Two tabs
// share one stored draft: a browser tells every other page of the site when it changes (the
// `storage` event), and this tab then keeps nothing of its own until the officer chooses whose
// draft to keep (`otherTab`), so that neither overwrites the other without a word.
import { useCallback, useEffect, useRef, useState } from 'react';
import { DRAFT_STORAGE_KEY, parseStoredDraft } from '../../domain/contract/draftCheck';
import type { MonthDraft } from '../../domain/contract/monthDraft';

function readStored(): { text: string | null; draft: MonthDraft | undefined } {
  try {
    const text = window.localStorage.getItem(DRAFT_STORAGE_KEY);
    return { text, draft: parseStoredDraft(text) };
  } catch {
    return { text: null, draft: undefined };
  }
}

/** Whether this browser lets the page keep anything at all, tried once when the page opens. */
function storageRefused(): boolean {
  try {
    const probe = `${DRAFT_STORAGE_KEY}:probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return false;
  } catch {
    return true;
  }
}

interface OtherTab {
  change: 'changed' | 'removed';
  /** The stored text the other tab left, and its draft (none when removed, or not a draft). */
  text: string | null;
  draft: MonthDraft | undefined;
}

export function useStoredDraft(fresh: () => MonthDraft) {
  const [stored] = useState(readStored);
  const [draft, setDraft] = useState<MonthDraft>(() => stored.draft ?? fresh());
  const [kept, setKept] = useState(stored.draft !== undefined);
  const [notKept, setNotKept] = useState(storageRefused);
  const [otherTab, setOtherTab] = useState<OtherTab | undefined>(undefined);
  const dirty = useRef(false);
  // What this tab last wrote or read: a storage event carrying it again is this tab's own.
  const known = useRef<string | null>(stored.text);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      // A null key: the other page cleared all of the site's storage.
      if (event.key !== null && event.key !== DRAFT_STORAGE_KEY) return;
      if (event.newValue === known.current) return;
      setOtherTab({ change: event.newValue === null ? 'removed' : 'changed', text: event.newValue, draft: parseStoredDraft(event.newValue) });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    if (!dirty.current || otherTab) return;
    const text = JSON.stringify(draft);
    try {
      window.localStorage.setItem(DRAFT_STORAGE_KEY, text);
      known.current = text;
      setKept(true);
      setNotKept(false);
    } catch {
      setKept(false);
      setNotKept(true);
    }
  }, [draft, otherTab]);

  /** An officer's change: kept in storage (unless another tab's change waits for a choice). */
  const update = useCallback((change: (draft: MonthDraft) => MonthDraft) => {
    dirty.current = true;
    setDraft(change);
  }, []);

  /** Forget the stored draft and show `next` (not kept until it is changed). */
  const forget = useCallback((next?: MonthDraft) => {
    dirty.current = false;
    known.current = null;
    try {
      window.localStorage.removeItem(DRAFT_STORAGE_KEY);
    } catch {
      // nothing kept, nothing to remove
    }
    setKept(false);
    setOtherTab(undefined);
    if (next) setDraft(next);
  }, []);

  /** Take the other tab's draft (or `afresh`, when it downloaded or discarded it). */
  const takeOtherTab = useCallback(
    (afresh: MonthDraft) => {
      if (!otherTab) return;
      dirty.current = false;
      known.current = otherTab.text;
      setDraft(otherTab.draft ?? afresh);
      setKept(otherTab.draft !== undefined);
      setOtherTab(undefined);
    },
    [otherTab],
  );

  /** Keep this tab's draft: stored again, over the other tab's (which is then told). */
  const keepThisTab = useCallback(() => {
    dirty.current = true;
    setOtherTab(undefined);
  }, []);

  return { draft, update, forget, kept, restored: stored.draft !== undefined, notKept, otherTab: otherTab?.change, takeOtherTab, keepThisTab };
}
