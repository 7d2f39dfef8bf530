import { useState, type ChangeEvent, type DragEvent } from 'react';
import { useReadyDataset } from '../../data/datasetContext';
import { usePreview } from '../../data/preview';
import { checkDataset } from '../../domain/contract/dataset';
import { monthOfFileName } from '../../domain/contract/fileKinds';
import { readDataFile, type ReadFile } from '../../domain/contract/readFile';
import { formatMonthLong, isMonth } from '../../domain/months';
import { countProblems, describeProblem, type Problem } from '../../domain/contract/problems';
import { snapshotFromCsv } from '../../domain/contract/csvImport';
import { problemsAtCsv } from '../../domain/contract/csvLocate';
import { decodeSpreadsheetText } from '../../domain/contract/decodeText';
import type { IndicatorsFile } from '../../domain/schema';
import type { SheetProblem } from '../../domain/contract/xlsxImport';
import { PreviewHandBack } from './PreviewHandBack';
import { previewWorkbook } from './workbookPreview';

interface Candidate {
  read: ReadFile;
  originalName: string;
  problems: Problem[];
}

/** Where a chosen file would be published: snapshots/<its name>, or snapshots/<month>.json. */
function publishedName(name: string, month: string | undefined): string {
  const asNamed = `snapshots/${name}`;
  if (monthOfFileName(asNamed)) return asNamed;
  return month && isMonth(month) ? `snapshots/${month}.json` : asNamed;
}

export function PreviewForm() {
  const { published } = useReadyDataset();
  const { preview, setPreview } = usePreview();
  const [candidate, setCandidate] = useState<Candidate | undefined>(undefined);
  const [csvMonth, setCsvMonth] = useState('');
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState<string | undefined>(undefined);

  const check = async (file: File) => {
    setReadError(undefined);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let read: ReadFile;
    if (/\.xlsx$/i.test(file.name)) {
      const month = csvMonth || /(\d{4}-\d{2})/.exec(file.name)?.[1];
      if (!month || !isMonth(month)) {
        setReadError(`To preview ${file.name}, enter the month it reports (YYYY-MM) first, or name the file after its month.`);
        return;
      }
      const catalogue = published.find((other) => other.file === 'indicators.json')?.data as IndicatorsFile | undefined;
      const converted = await previewWorkbook(file.name, bytes, month, catalogue?.indicators ?? []);
      if (!converted.ok) {
        if (converted.message) setReadError(converted.message);
        else setCandidate({ read: readDataFile(`snapshots/${month}.json`, '{}'), originalName: file.name, problems: converted.problems });
        return;
      }
      read = readDataFile(converted.file, converted.text);
      const own = checkDataset([...published.filter((other) => other.file !== read.file), read]).problems.filter((problem) => problem.file === read.file);
      // As npm run import does: the snapshot's problems at the workbook's cells.
      setCandidate({ read, originalName: file.name, problems: [...converted.warnings, ...own.map((problem): SheetProblem => ({ ...problem, cell: converted.locate(problem) }))] });
      return;
    } else if (/\.csv$/i.test(file.name)) {
      const month = csvMonth || /(\d{4}-\d{2})/.exec(file.name)?.[1];
      if (!month || !isMonth(month)) {
        setReadError(`To preview ${file.name}, enter the month it reports (YYYY-MM) first, or name the file after its month.`);
        return;
      }
      const catalogue = published.find((other) => other.file === 'indicators.json')?.data as IndicatorsFile | undefined;
      const converted = snapshotFromCsv(bytes, month, file.name, catalogue?.indicators ?? []);
      if (!converted.ok) {
        setCandidate({ read: readDataFile(`snapshots/${month}.json`, '{}'), originalName: file.name, problems: converted.problems });
        return;
      }
      read = readDataFile(`snapshots/${month}.json`, JSON.stringify(converted.snapshot, null, 2));
      // As npm run import does: the snapshot's problems at the CSV's own lines and columns.
      const decoded = decodeSpreadsheetText(bytes);
      const others = published.filter((other) => other.file !== read.file);
      const own = checkDataset([...others, read]).problems.filter((problem) => problem.file === read.file);
      setCandidate({ read, originalName: file.name, problems: [...converted.warnings, ...problemsAtCsv(own, decoded.ok ? decoded.text : '', file.name)] });
      return;
    } else {
      const first = readDataFile(publishedName(file.name, undefined), bytes);
      const month = (first.data as { month?: string } | undefined)?.month;
      read = readDataFile(publishedName(file.name, month), bytes);
    }
    const others = published.filter((other) => other.file !== read.file);
    const dataset = checkDataset([...others, read]);
    const problems = dataset.problems.filter((problem) => problem.file === read.file);
    setCandidate({ read, originalName: file.name, problems });
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void check(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void check(file);
  };

  const counts = candidate ? countProblems(candidate.problems) : undefined;
  return (
    <section className="preview-panel" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview a new month before publishing</h2>
      <p>
        Choose a snapshot file (JSON, a CSV export with one row per indicator, or the Excel template workbook). It is checked here, in your browser,
        with the same checks as <code>npm run check-data</code>. Nothing is uploaded or published.
      </p>
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
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
      </div>
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
              It would be published as <code>{candidate.read.file}</code>
              {monthOfFileName(candidate.read.file) && ` (${formatMonthLong(monthOfFileName(candidate.read.file)!)})`}. {counts.errors}{' '}
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
            {counts.errors === 0 && preview?.read !== candidate.read && (
              <button type="button" className="button" onClick={() => setPreview({ read: candidate.read, originalName: candidate.originalName })}>
                View the dashboard with this file
              </button>
            )}
            {preview?.read === candidate.read && <p>The dashboard is showing this file now, marked “Preview – not published”.</p>}
            {counts.errors === 0 && candidate.read.data && monthOfFileName(candidate.read.file) && (
              <PreviewHandBack month={monthOfFileName(candidate.read.file)!} content={candidate.read.data} showPreview={() => setPreview({ read: candidate.read, originalName: candidate.originalName })} />
            )}
          </div>
        )}
      </div>
    </section>
  );
}
