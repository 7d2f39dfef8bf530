// The Prepare-a-month form's state and what each control does: the draft (kept in this browser by
// useStoredDraft), its check beside the published files on every change, the page model and the
// form's sections worked out from them, and Download, Start and Discard. The page lays it out.
import { useDeferredValue, useMemo, useRef, useState, type FormEvent } from 'react';
import { useReadyDataset } from '../../data/datasetContext';
import { keepCarried, unconfirmedParts } from '../../domain/contract/carriedOver';
import { checkDraft, filesOfDataset, problemsByField } from '../../domain/contract/draftCheck';
import { addAction, addQuestion, draftFieldCensus, removeAction, removeQuestion, setField } from '../../domain/contract/draftFields';
import { draftFromSnapshot } from '../../domain/contract/monthDraft';
import { currentMonth } from '../../domain/months';
import { fieldLabel, nextMonthToPrepare, prepareMonthModel } from '../../domain/present/pages/prepareMonth';
import { prepareSections } from '../../domain/present/pages/prepareSections';
import { downloadBlob } from '../../components/chartExport';
import { useStoredDraft } from './useStoredDraft';

export function usePrepareMonth() {
  const { dataset } = useReadyDataset();
  // The published files again, made once: the draft is checked beside them on every change.
  const published = useMemo(() => filesOfDataset(dataset), [dataset]);
  const { indicators, workstreams, snapshots } = dataset;
  const today = currentMonth();
  const next = nextMonthToPrepare(dataset, today);
  const freshDraft = (month: string) => draftFromSnapshot(month, snapshots.find((snapshot) => snapshot.month === month) ?? snapshots.at(-1), indicators, workstreams);
  const stored = useStoredDraft(() => freshDraft(next));
  const { draft, update, forget } = stored;
  const [startWith, setStartWith] = useState(next);
  const [submitted, setSubmitted] = useState(false);
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);
  const summaryRef = useRef<HTMLDivElement>(null);
  const carriedSummaryRef = useRef<HTMLDivElement>(null);

  const deferred = useDeferredValue(draft);
  const check = useMemo(() => checkDraft(deferred, published), [deferred, published]);
  const errors = useMemo(() => problemsByField(check.errors), [check]);
  const unconfirmed = unconfirmedParts(draft);
  const model = prepareMonthModel(dataset, today, { month: draft.month, basedOn: draft.basedOn, kept: stored.kept, restored: stored.restored, downloaded, unconfirmed, notKept: stored.notKept, otherTab: stored.otherTab });
  const sections = useMemo(() => {
    const fields = draftFieldCensus(deferred, indicators);
    const keys = (problems: readonly { field: string }[]) => problems.map((problem) => problem.field);
    return prepareSections(dataset, { fields, problems: keys(check.errors), warnings: keys(check.warnings), unconfirmed: unconfirmedParts(deferred) });
  }, [dataset, deferred, indicators, check]);

  const restart = (month: string) => {
    setSubmitted(false);
    setDownloaded(undefined);
    forget(freshDraft(month));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    // Check the draft as it is now, not the deferred one the page last showed.
    const now = checkDraft(draft, published);
    // Last month's words left unconfirmed are listed first, and nothing is downloaded until none is.
    if (unconfirmedParts(draft).length > 0 || now.errors.length > 0 || !now.file) {
      // The summaries are drawn for the current draft on this render; focus the first once it is.
      requestAnimationFrame(() => (carriedSummaryRef.current ?? summaryRef.current)?.focus());
      return;
    }
    const name = `${draft.month}.json`;
    downloadBlob(new Blob([now.text], { type: 'application/json' }), name);
    forget();
    setDownloaded(name);
  };

  return {
    dataset,
    draft,
    check,
    errors,
    model,
    sections,
    submitted,
    summaryRef,
    carriedSummaryRef,
    startWith,
    setStartWith,
    labelOf: (field: string) => fieldLabel(field, indicators, workstreams),
    onSubmit,
    onStart: (event: FormEvent) => {
      event.preventDefault();
      restart(startWith);
    },
    onDiscard: () => {
      restart(next);
      setStartWith(next);
    },
    onUseOther: () => stored.takeOtherTab(freshDraft(next)),
    onKeepThis: stored.keepThisTab,
    edit: {
      change: (field: string, value: string) => {
        setDownloaded(undefined);
        update((current) => setField(current, field, value));
      },
      keep: (part: string, keep: boolean) => update((current) => keepCarried(current, part, keep)),
      addAction: (id: string) => update((current) => addAction(current, id)),
      removeAction: (id: string, index: number) => update((current) => removeAction(current, id, index)),
      addQuestion: () => update((current) => addQuestion(current)),
      removeQuestion: (index: number) => update((current) => removeQuestion(current, index)),
    },
  };
}
