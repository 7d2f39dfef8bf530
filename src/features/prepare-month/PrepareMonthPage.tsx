import { useDeferredValue, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { useReadyDataset } from '../../data/datasetContext';
import { checkDraft, filesOfDataset, problemsByField } from '../../domain/contract/draftCheck';
import { addAction, addQuestion, removeAction, removeQuestion, setField } from '../../domain/contract/draftFields';
import { keepCarried, unconfirmedParts } from '../../domain/contract/carriedOver';
import { draftFromSnapshot } from '../../domain/contract/monthDraft';
import { currentMonth } from '../../domain/months';
import { fieldLabel, nextMonthToPrepare, prepareMonthModel } from '../../domain/present/pages/prepareMonth';
import { QuestionFields, IndicatorFields, WorkstreamFields } from './DraftSections';
import { ErrorSummary, WarningList } from './ErrorSummary';
import { CarriedMark, CarriedSummary } from './CarriedOver';
import { DraftKeeping } from './DraftKeeping';
import { SelectField, TextArea, TextField } from './Fields';
import { StartForm } from './StartForm';
import { useStoredDraft } from './useStoredDraft';
import { downloadBlob } from '../../components/chartExport';
import './prepareMonth.css';

export function PrepareMonthPage() {
  const { dataset } = useReadyDataset();
  // The published files again, made once: the draft is checked beside them on every change.
  const published = useMemo(() => filesOfDataset(dataset), [dataset]);
  const { indicators, workstreams, snapshots } = dataset;
  const today = currentMonth();
  const next = nextMonthToPrepare(dataset, today);
  const freshDraft = (month: string) => draftFromSnapshot(month, snapshots.find((snapshot) => snapshot.month === month) ?? snapshots.at(-1), indicators, workstreams);
  const { draft, update, forget, kept, restored, notKept, otherTab, takeOtherTab, keepThisTab } = useStoredDraft(() => freshDraft(next));
  const [startWith, setStartWith] = useState(next);
  const [submitted, setSubmitted] = useState(false);
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);
  const summary = useRef<HTMLDivElement>(null);
  const carriedSummary = useRef<HTMLDivElement>(null);

  const deferred = useDeferredValue(draft);
  const check = useMemo(() => checkDraft(deferred, published), [deferred, published]);
  const errors = useMemo(() => problemsByField(check.errors), [check]);
  const labelOf = (field: string) => fieldLabel(field, indicators, workstreams);

  const onChange = (field: string, value: string) => {
    setDownloaded(undefined);
    update((current) => setField(current, field, value));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    // Check the draft as it is now, not the deferred one the page last showed.
    const now = checkDraft(draft, published);
    // Last month's words left unconfirmed are listed first, and nothing is downloaded until none is.
    if (unconfirmedParts(draft).length > 0 || now.errors.length > 0 || !now.file) {
      // The summaries are drawn for the current draft on this render; focus the first once it is.
      requestAnimationFrame(() => (carriedSummary.current ?? summary.current)?.focus());
      return;
    }
    const name = `${draft.month}.json`;
    downloadBlob(new Blob([now.text], { type: 'application/json' }), name);
    forget();
    setDownloaded(name);
  };

  const onStart = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(false);
    setDownloaded(undefined);
    forget(freshDraft(startWith));
  };

  const unconfirmed = unconfirmedParts(draft);
  const model = prepareMonthModel(dataset, today, { month: draft.month, basedOn: draft.basedOn, kept, restored, downloaded, unconfirmed, notKept, otherTab });
  const onKeep = (part: string, keep: boolean) => update((current) => keepCarried(current, part, keep));
  const mark = (part: string) => <CarriedMark part={part} state={draft.carried?.[part]} words={model.carried} onKeep={onKeep} />;

  return (
    <Page
      title="Prepare a month"
      lead={
        <p>
          Fill in a month’s figures, commentary and workstream reports, then download the file to put in the data folder’s{' '}
          <code>snapshots/</code>. Everything is checked here, in your browser, with the same checks as <code>npm run check-data</code>.
          Nothing is sent anywhere. See <Link to="/help/add-month/">how to add a month</Link>, or{' '}
          <Link to="/build-from-annex-a/">count the month’s figures from the Annex A extract</Link> first.
        </p>
      }
    >
      <StartForm options={model.startOptions} hint={model.startHint} value={startWith} onChange={setStartWith} onStart={onStart} />

      <h2>{model.heading}</h2>
      <p aria-live="polite">{model.status}</p>
      <DraftKeeping model={model} onUseOther={() => takeOtherTab(freshDraft(next))} onKeepThis={keepThisTab} />

      {model.replaces && <p className="notice notice-warning">{model.replaces}</p>}

      {submitted && model.carried && model.carried.parts.length > 0 && <CarriedSummary ref={carriedSummary} words={model.carried} />}
      {check.errors.length > 0 && <ErrorSummary ref={summary} problems={check.errors} labelOf={labelOf} announce={submitted} />}

      <form onSubmit={onSubmit} noValidate aria-label={`Figures for ${draft.month}`}>
        <fieldset className="draft-fieldset">
          <legend>The month</legend>
          <TextField field="month" label="Month (YYYY-MM)" hint="The file is named after it, such as 2019-04.json." width="short" value={draft.month} error={errors.get('month')?.text} onChange={onChange} />
          <SelectField
            field="status"
            label="Status"
            value={draft.status}
            error={errors.get('status')?.text}
            onChange={onChange}
            options={[
              { value: 'provisional', label: 'Provisional (figures may still change)' },
              { value: 'final', label: 'Final' },
            ]}
          />
          {mark('commentary')}
          <TextArea field="commentary" label="Commentary" hint="Plain text. Separate paragraphs with a blank line." rows={6} value={draft.commentary} error={errors.get('commentary')?.text} onChange={onChange} />
        </fieldset>

        <h2>Indicators</h2>
        {indicators.map((indicator) => (
          <IndicatorFields key={indicator.id} indicator={indicator} draft={draft} errors={errors} onChange={onChange} previous={model.previousFigures[indicator.id]} mark={mark} />
        ))}

        <h2>Workstreams</h2>
        {workstreams.map((workstream) => (
          <WorkstreamFields
            key={workstream.id}
            workstream={workstream}
            draft={draft}
            errors={errors}
            onChange={onChange}
            mark={mark}
            onAddAction={(id) => update((current) => addAction(current, id))}
            onRemoveAction={(id, index) => update((current) => removeAction(current, id, index))}
          />
        ))}

        <h2>Questions for the committee</h2>
        <QuestionFields
          draft={draft}
          errors={errors}
          onChange={onChange}
          mark={mark}
          indicators={indicators}
          onAdd={() => update((current) => addQuestion(current))}
          onRemove={(index) => update((current) => removeQuestion(current, index))}
        />

        {check.warnings.length > 0 && <WarningList warnings={check.warnings} labelOf={labelOf} />}

        <div className="draft-actions">
          <button type="submit" className="button">
            {model.download}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSubmitted(false);
              setDownloaded(undefined);
              forget(freshDraft(next));
              setStartWith(next);
            }}
          >
            Discard draft
          </button>
        </div>
      </form>
    </Page>
  );
}
