import { useState, type ChangeEvent } from 'react';
import { DropZone } from '../../components/DropZone';
import { usePreview } from '../../data/preview';
import type { PreviewResult } from '../../data/rawCheck';
import type { RawChecker } from '../../data/rawFiles';
import { formatMonthLong } from '../../domain/months';
import { countProblems, describeProblem } from '../../domain/contract/problems';
import { useReadyDataset } from '../../data/datasetContext';
import { isMonth } from '../../domain/months';
import type { SheetProblem } from '../../domain/contract/xlsxImport';
import { PreviewHandBack } from './PreviewHandBack';
import { previewWorkbook } from './workbookPreview';

type Candidate = Extract<PreviewResult, { kind: 'checked' }> & { originalName: string };

const monthOfName = (file: string) => /^snapshots\/(\d{4}-(0[1-9]|1[0-2]))\.json$/.exec(file)?.[1];

/** Choose a file, see it checked (in the checks' worker, against the raw files), then preview the dashboard with it. */
export function PreviewForm({ checker, ready }: { checker: RawChecker; ready: boolean }) {
  const { preview, setPreview } = usePreview();
  const { dataset } = useReadyDataset();
  const [candidate, setCandidate] = useState<Candidate | undefined>(undefined);
  const [csvMonth, setCsvMonth] = useState('');
  const [readError, setReadError] = useState<string | undefined>(undefined);

  const check = async (file: File) => {
    setReadError(undefined);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.xlsx$/i.test(file.name)) {
      // A workbook becomes its snapshot here (the reader is loaded on demand), then is checked
      // in the worker like any file; its problems are shown at the workbook's cells.
      const month = csvMonth || /(\d{4}-\d{2})/.exec(file.name)?.[1];
      if (!month || !isMonth(month)) {
        setReadError(`To preview ${file.name}, enter the month it reports (YYYY-MM) first, or name the file after its month.`);
        return;
      }
      const converted = await previewWorkbook(file.name, bytes, month, dataset.indicators);
      if (!converted.ok) {
        if (converted.message) setReadError(converted.message);
        else setCandidate({ kind: 'checked', file: `snapshots/${month}.json`, problems: converted.problems, originalName: file.name });
        return;
      }
      const checked = await checker.preview({ name: `${month}.json`, bytes: new TextEncoder().encode(converted.text), csvMonth });
      if (checked.kind === 'unreadable') {
        setReadError(checked.message);
        return;
      }
      const problems = [...converted.warnings, ...checked.problems.map((problem): SheetProblem => ({ ...problem, cell: converted.locate(problem) }))];
      setCandidate({ ...checked, problems, originalName: file.name });
      return;
    }
    const result = await checker.preview({ name: file.name, bytes, csvMonth });
    if (result.kind === 'unreadable') {
      setReadError(result.message);
      return;
    }
    setCandidate({ ...result, originalName: file.name });
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void check(file);
  };

  const counts = candidate ? countProblems(candidate.problems) : undefined;
  return (
    <section className="preview-panel" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview a new month before publishing</h2>
      <p>
        Choose a snapshot file (JSON, a CSV export with one row per indicator, or the Excel template workbook). It is checked here, in your browser,
        with the same checks as <code>npm run check-data</code>, beside the other files in the data folder. Nothing is
        uploaded or published.
      </p>
      {!ready && <p className="hint">A file you choose now is checked as soon as the data folder’s check above is done.</p>}
      <DropZone onFiles={(files) => void check(files[0]!)}>
        <label htmlFor="preview-file" className="label">
          Snapshot file
        </label>
        <span className="hint" id="preview-file-hint">
          For example 2019-04.json. You can also drag a file here.
        </span>
        <input id="preview-file" type="file" accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="preview-file-hint" onChange={onChoose} />
        <label htmlFor="preview-csv-month" className="label">
          Month of a CSV file (YYYY-MM)
        </label>
        <input id="preview-csv-month" className="input-month" type="text" inputMode="numeric" pattern="\d{4}-\d{2}" value={csvMonth} onChange={(event) => setCsvMonth(event.target.value.trim())} />
      </DropZone>
      {readError && (
        <p className="notice notice-error" role="alert">
          {readError}
        </p>
      )}
      <div aria-live="polite">
        {candidate && counts && (
          <div className="preview-result">
            <h3>
              {candidate.originalName}: {counts.errors === 0 ? 'passed the checks' : 'has errors'}
            </h3>
            <p>
              It would be published as <code>{candidate.file}</code>
              {monthOfName(candidate.file) && ` (${formatMonthLong(monthOfName(candidate.file)!)})`}. {counts.errors}{' '}
              {counts.errors === 1 ? 'error' : 'errors'}, {counts.warnings} {counts.warnings === 1 ? 'warning' : 'warnings'}.
            </p>
            {candidate.problems.length > 0 && (
              <ul className="problem-list">
                {candidate.problems.map((problem, index) => (
                  <li key={index}>
                    <span className={`tag tag-${problem.severity === 'error' ? 'red' : 'amber'}`}>{problem.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
                    {(problem as SheetProblem).cell ?? `line ${problem.line ?? 1}, column ${problem.column ?? 1}`}: {describeProblem(problem)}
                  </li>
                ))}
              </ul>
            )}
            {candidate.snapshot && preview?.snapshot !== candidate.snapshot && (
              <button type="button" className="button" onClick={() => setPreview({ snapshot: candidate.snapshot!, file: candidate.file, originalName: candidate.originalName })}>
                View the dashboard with this file
              </button>
            )}
            {candidate.snapshot && preview?.snapshot === candidate.snapshot && <p>The dashboard is showing this file now, marked “Preview – not published”.</p>}
            {counts.errors === 0 && candidate.snapshot && (
              <PreviewHandBack month={candidate.snapshot.month} content={candidate.snapshot} showPreview={() => setPreview({ snapshot: candidate.snapshot!, file: candidate.file, originalName: candidate.originalName })} />
            )}
          </div>
        )}
      </div>
    </section>
  );
}
