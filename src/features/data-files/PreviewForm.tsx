import { useState, type ChangeEvent } from 'react';
import { DropZone } from '../../components/DropZone';
import { usePreview } from '../../data/preview';
import type { PreviewResult } from '../../data/rawCheck';
import type { RawChecker } from '../../data/rawFiles';
import { formatMonthLong } from '../../domain/months';
import { countProblems, describeProblem } from '../../domain/contract/problems';
import { useReadyDataset } from '../../data/datasetContext';
import { isMonth } from '../../domain/months';
import { cellOfProblem, type SheetProblem } from '../../domain/contract/workbookCells';
import { readWorkbookPreview } from '../../data/workbookReader';
import { PreviewHandBack } from './PreviewHandBack';

type Candidate = Extract<PreviewResult, { kind: 'checked' }> & { originalName: string };

/** A workbook by its name: the reader reads .xlsx and .xlsm, and says of .xls, .xlsb and .ods how to save them as .xlsx. */
const WORKBOOK_NAME = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

const monthOfName = (file: string) => /^snapshots\/(\d{4}-(0[1-9]|1[0-2]))\.json$/.exec(file)?.[1];

/** Choose a file, see it checked (in the checks' worker, against the raw files), then preview the dashboard with it. */
export function PreviewForm({ checker, ready }: { checker: RawChecker; ready: boolean }) {
  const { preview, setPreview } = usePreview();
  const { dataset } = useReadyDataset();
  const [candidate, setCandidate] = useState<Candidate | undefined>(undefined);
  const [csvMonth, setCsvMonth] = useState('');
  const [readError, setReadError] = useState<string | undefined>(undefined);
  const [reading, setReading] = useState<{ sheet: string; percent: number } | undefined>(undefined);

  const checkWorkbook = async (file: File, bytes: Uint8Array) => {
    // A workbook becomes its snapshot in a worker of its own (with progress), then is checked in
    // the checks' worker like any file; its problems are shown at the workbook's cells.
    const month = csvMonth || /(\d{4}-\d{2})/.exec(file.name)?.[1];
    if (!month || !isMonth(month)) {
      setReadError(`To preview ${file.name}, enter the month it reports (YYYY-MM) first, or name the file after its month.`);
      return;
    }
    const converted = await readWorkbookPreview({ name: file.name, bytes, month, indicators: dataset.indicators.map(({ id, unit }) => ({ id, unit })) }, (sheet, percent) => setReading({ sheet, percent }));
    setReading(undefined);
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
    const problems = [...converted.warnings, ...checked.problems.map((problem): SheetProblem => ({ ...problem, cell: cellOfProblem(converted.cells, problem) }))];
    setCandidate({ ...checked, problems, originalName: file.name });
  };

  const check = async (file: File) => {
    setReadError(undefined);
    setCandidate(undefined);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (WORKBOOK_NAME.test(file.name)) return await checkWorkbook(file, bytes);
      const result = await checker.preview({ name: file.name, bytes, csvMonth });
      if (result.kind === 'unreadable') setReadError(result.message);
      else setCandidate({ ...result, originalName: file.name });
    } catch (error) {
      setReading(undefined);
      setReadError(`${file.name} could not be checked: ${(error as Error).message}`);
    }
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
        <input id="preview-file" type="file" accept=".json,.csv,.xlsx,.xlsm,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12" aria-describedby="preview-file-hint" onChange={onChoose} />
        <label htmlFor="preview-csv-month" className="label">
          Month of a CSV file (YYYY-MM)
        </label>
        <input id="preview-csv-month" className="input-month" type="text" inputMode="numeric" pattern="\d{4}-\d{2}" value={csvMonth} onChange={(event) => setCsvMonth(event.target.value.trim())} />
      </DropZone>
      {reading && (
        <p role="status">
          Reading the sheet {reading.sheet}: {reading.percent}%
        </p>
      )}
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
