import { useState, type FormEvent } from 'react';
import { DropZone } from '../../components/DropZone';
import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { useReadyDataset } from '../../data/datasetContext';
import { currentMonth } from '../../domain/months';
import { countRequestProblem } from '../../domain/present/pages/buildFromAnnexA';
import { nextMonthToPrepare } from '../../domain/present/pages/prepareMonth';
import { CountedMonth } from './CountedMonth';
import { useAnnexACount } from './useAnnexACount';
import './annexA.css';

export function BuildFromAnnexAPage() {
  const { dataset } = useReadyDataset();
  const [month, setMonth] = useState(() => nextMonthToPrepare(dataset, currentMonth()));
  const [extract, setExtract] = useState<File[]>([]);
  const [staff, setStaff] = useState<File | undefined>(undefined);
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const { ready, state, start } = useAnnexACount();

  // Not the input's `required`: files dropped on the zone are not in the input, and are enough.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = countRequestProblem(month, extract.length);
    setMissing(wrong);
    if (!wrong) void start(extract, staff, month);
  };

  return (
    <Page
      title="Build a month from Annex A"
      lead={
        <p>
          Count the month’s figures from the council’s Annex A extract (Ofsted’s lists, one sheet or CSV file per list) and a
          staff list, with every record that could not be counted named. The files are read here, in your browser, and
          never sent anywhere: the page makes no request while it reads them. See <Link to="/help/annex-a/">how the month is counted</Link>.
        </p>
      }
    >
      <form className="annex-a-form" onSubmit={onSubmit} aria-labelledby="annex-a-files">
        <h2 id="annex-a-files">The month and the files</h2>
        <label htmlFor="annex-a-month" className="label">
          Month to count (YYYY-MM)
        </label>
        <input id="annex-a-month" className="input-month" type="text" inputMode="numeric" pattern="\d{4}-\d{2}" required value={month} onChange={(event) => setMonth(event.target.value.trim())} />
        <DropZone onFiles={setExtract}>
          <label htmlFor="annex-a-extract" className="label">
            The Annex A extract
          </label>
          <span className="hint" id="annex-a-extract-hint">
            An Excel workbook (.xlsx) with a sheet per list, or the lists’ CSV files together. You can also drag them here.
          </span>
          <input id="annex-a-extract" type="file" multiple accept=".xlsx,.csv" aria-describedby="annex-a-extract-hint" onChange={(event) => setExtract([...(event.target.files ?? [])])} />
          {extract.length > 0 && <p className="hint">Chosen: {extract.map((file) => file.name).join(', ')}</p>}
        </DropZone>
        <label htmlFor="annex-a-staff" className="label">
          The staff list (optional, for caseloads)
        </label>
        <span className="hint" id="annex-a-staff-hint">
          A CSV or workbook with the columns Worker, Team and FTE.
        </span>
        <input id="annex-a-staff" type="file" accept=".csv,.xlsx" aria-describedby="annex-a-staff-hint" onChange={(event) => setStaff(event.target.files?.[0])} />
        <p>
          <button type="submit" className="button" disabled={!ready || state.phase === 'reading'}>
            Count the month
          </button>{' '}
          <span className="hint">{ready ? 'Ready: nothing you choose leaves this computer.' : 'Getting ready…'}</span>
        </p>
      </form>

      <div aria-live="polite">
        {missing && (
          <p className="notice notice-error" role="alert">
            {missing}
          </p>
        )}
        {state.phase === 'reading' && (
          <p className="annex-a-progress">
            <label htmlFor="annex-a-progress">Reading and counting the extract, in your browser: {Math.round(state.fraction * 100)}%</label>{' '}
            <progress id="annex-a-progress" max={1} value={state.fraction} />
          </p>
        )}
        {state.phase === 'failed' && (
          <p className="notice notice-error" role="alert">
            {state.message}
          </p>
        )}
      </div>
      {state.phase === 'counted' && <CountedMonth count={state.count} calendar={state.calendar} />}
    </Page>
  );
}
