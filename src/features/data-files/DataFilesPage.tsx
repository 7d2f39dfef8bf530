import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { useReadyDataset } from '../../data/datasetContext';
import type { Publishing, RawCheckResult, RawFileReport } from '../../data/rawCheck';
import { formatIsoTime, formatMonth, formatMonthLong } from '../../domain/months';
import { countProblems, describeProblem } from '../../domain/contract/problems';
import { PreviewForm } from './PreviewForm';
import { useRawCheck, type RawCheckState } from './useRawCheck';
import { useQuery } from '@tanstack/react-query';
import { logQueryOptions } from '../../data/publicationLog';
import { RELEASE_PUBLICATION } from '../../data/useDataset';
import { publicationsInLog } from '../../domain/contract/publicationLog';
import { publicationChangeWords } from '../../domain/present/publicationWords';
import './dataFiles.css';

const STATUS_WORDS: Record<RawFileReport['status'], string> = {
  ok: 'OK',
  warnings: 'Passes, with warnings',
  error: 'Has errors: cannot be published',
};

const PUBLISHING_WORDS: Record<Publishing, string> = {
  published: 'Published',
  changed: 'Changed since publishing',
  'not-published': 'Not published yet',
  removed: 'Removed since publishing',
};

/** When a publication was made, in words: "2 December 2026 at 04:00 UTC". */
export function DataFilesPage() {
  const { dataset, publication } = useReadyDataset();
  const { state, checker } = useRawCheck(dataset.files);
  const months = dataset.snapshots.map((snapshot) => snapshot.month);
  return (
    <Page title="Data files and checks">
      <p className="lead">
        For performance officers: what the dashboard shows now, and every file in the data folder checked against the
        data contract (the same checks as <code>npm run check-data</code>, the build and <code>npm run publish-data</code>).
        A file only reaches the dashboard when it is published with no errors.
      </p>

      <h2>What is published</h2>
      <ul className="stat-row" aria-label="What is published">
        <li>
          <span className="stat">{months.length}</span> months
          {months.length > 0 && ` (${formatMonth(months[0]!)} to ${formatMonth(months[months.length - 1]!)})`}
        </li>
        <li>
          <span className="stat">{dataset.files.length}</span> files
        </li>
      </ul>
      <p>
        Publication <code>{publication.id}</code>, published {formatIsoTime(publication.published)}. Every page of the
        dashboard shows these figures until the next publication.
      </p>

      <PublicationList current={publication.current ? publication.id : publication.currentId} shown={publication.id} />

      <RawFiles state={state} />

      <PreviewForm checker={checker} ready={state.status === 'checked'} />
      <p className="preview-alternative">
        Counting the month from the case records? <Link to="/build-from-annex-a/">Build a month from Annex A</Link>: the month’s figures
        from the Annex A extract, counted in your browser, then previewed here.
      </p>

      <h2>How to add a month</h2>
      <p>
        Without Node: <Link to="/prepare-month/">prepare a month in the browser</Link>, or read the step-by-step guide, <Link to="/help/add-month/">how to add a month</Link>.
      </p>
      <ol>
        <li>
          Save the month’s figures as <code>snapshots/YYYY-MM.json</code> in the data folder (for example{' '}
          <code>snapshots/2019-04.json</code>), or turn a spreadsheet export into one with <code>npm run import</code>.
        </li>
        <li>
          Run <code>npm run check-data</code>, or preview the file above. Fix every error: a folder with errors is not
          published.
        </li>
        <li>
          Publish: rebuild the site, or run <code>npm run publish-data</code> on the deployed data folder. Until then the
          dashboard keeps showing the last publication.
        </li>
      </ol>
    </Page>
  );
}

/**
 * The check of the folder's files: one status node, there from the first render and kept while
 * its words change ("Finding…", "Checked 3 of 23…", "Checked 23 files."), because a screen reader
 * announces changes to a live region it already knows, not one newly inserted (WCAG 4.1.3).
 */
function RawFiles({ state }: { state: RawCheckState }) {
  const message =
    state.status === 'listing' ? 'Finding the data files…' : state.status === 'checking' ? `Checked ${state.checked} of ${state.total} files…` : state.status === 'checked' ? `Checked ${state.result.files.length} files.` : '';
  return (
    <>
      <h2>The files in the data folder</h2>
      <p role="status" aria-live="polite" className={state.status === 'listing' || state.status === 'checking' ? 'loading' : undefined}>
        {message}
      </p>
      {state.status === 'checking' && <progress max={state.total} value={state.checked} aria-label="Files checked" />}
      {(state.status === 'list-failed' || state.status === 'check-failed') && (
        <div className="notice notice-error" role="alert">
          <p>
            The data files could not be checked: {state.reason}. The published figures above are not affected.
          </p>
          {state.status === 'list-failed' && (
            <button type="button" className="button" onClick={state.retry}>
              Try again
            </button>
          )}
        </div>
      )}
      {state.status === 'checked' && <CheckedFiles result={state.result} />}
    </>
  );
}

function CheckedFiles({ result }: { result: RawCheckResult }) {
  const changed = result.files.filter((file) => file.publishing !== 'published').length;
  const filesWithProblems = result.files.filter((file) => file.problems.length > 0 || file.publishing !== 'published');
  return (
    <>
      <ul className="stat-row" aria-label="Check results">
        <li>
          <span className="stat">{result.files.length}</span> files
        </li>
        <li>
          <span className="stat">{result.errors}</span> {result.errors === 1 ? 'error' : 'errors'}
        </li>
        <li>
          <span className="stat">{result.warnings}</span> {result.warnings === 1 ? 'warning' : 'warnings'}
        </li>
        <li>
          <span className="stat">{changed}</span> {changed === 1 ? 'file differs' : 'files differ'} from what is published
        </li>
      </ul>
      {result.errors > 0 && (
        <p className="notice notice-warning">
          <strong>The data folder has errors, so it cannot be published.</strong> The dashboard keeps showing the last
          publication until they are fixed.
        </p>
      )}

      <h3>Missing months</h3>
      {result.missingMonths.length ? (
        <>
          <p>These months have no snapshot between the first and the last month:</p>
          <ul className="missing-months">
            {result.missingMonths.map((month) => (
              <li key={month}>
                {formatMonthLong(month)} (<code>snapshots/{month}.json</code>)
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No month is missing between the first and the last.</p>
      )}

      <TableScroll labelledBy="data-files-caption">
        <table className="table">
          <caption id="data-files-caption">Every data file, {result.files.length} in all</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Month</th>
              <th scope="col">Checks</th>
              <th scope="col">Against what is published</th>
              <th scope="col" className="numeric">
                Errors
              </th>
              <th scope="col" className="numeric">
                Warnings
              </th>
            </tr>
          </thead>
          <tbody>
            {result.files.map((file) => {
              const counts = countProblems(file.problems);
              return (
                <tr key={file.file}>
                  <th scope="row">
                    <code>{file.file}</code>
                  </th>
                  <td>{file.month ? formatMonth(file.month) : '–'}</td>
                  <td>
                    <span className={`tag tag-file-${file.status}`}>{file.publishing === 'removed' ? '–' : STATUS_WORDS[file.status]}</span>
                  </td>
                  <td>{PUBLISHING_WORDS[file.publishing]}</td>
                  <td className="numeric">{counts.errors}</td>
                  <td className="numeric">{counts.warnings}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>

      <h3>Problems and changes</h3>
      {filesWithProblems.length === 0 && result.folderProblems.length === 0 && (
        <p>No problems found: every file passed every check and is published as it is.</p>
      )}
      {filesWithProblems.map((file) => (
        <section key={file.file} className="problem-file" aria-labelledby={`problems-${file.file}`}>
          <h4 id={`problems-${file.file}`}>
            <code>{file.file}</code>
            {file.publishing !== 'published' && <span className="publishing-note"> {PUBLISHING_WORDS[file.publishing]}</span>}
          </h4>
          {file.problems.length === 0 ? (
            <p>{file.publishing === 'removed' ? 'No longer in the data folder: the next publication leaves it out.' : 'No problems: the next publication will include it.'}</p>
          ) : (
            <ul className="problem-list">
              {file.problems.map((problem, index) => (
                <li key={index} className={`problem problem-${problem.severity}`}>
                  <span className={`tag tag-${problem.severity === 'error' ? 'red' : 'amber'}`}>{problem.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
                  <span className="problem-place">
                    line {problem.line ?? 1}, column {problem.column ?? 1}
                  </span>
                  : {describeProblem(problem)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {result.folderProblems.length > 0 && (
        <section className="problem-file" aria-labelledby="problems-folder">
          <h4 id="problems-folder">In the data folder</h4>
          <p>Files and folders the dashboard cannot read or does not read, with what to do about each:</p>
          <ul className="problem-list">
            {result.folderProblems.map((problem, index) => (
              <li key={index} className={`problem problem-${problem.severity}`}>
                <span className={`tag tag-${problem.severity === 'error' ? 'red' : 'amber'}`}>{problem.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
                <code>{problem.file}</code>: {describeProblem(problem)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/**
 * Every publication the log records, newest first, each a link that opens the dashboard as it was
 * then (a permalink for a committee's papers).
 */
function PublicationList({ current, shown }: { current: string | undefined; shown: string }) {
  const log = useQuery(logQueryOptions());
  if (log.error) return <p>The list of earlier publications did not load ({(log.error as Error).message}).</p>;
  if (!log.data) return null;
  const entries = publicationsInLog(log.data)
    .map((entry, index) => ({ ...entry, changed: log.data.publications[index]! }))
    .reverse();
  return (
    <>
      <h3>Every publication</h3>
      <p>Each opens the dashboard as it was then, for a paper or a minute to link to. The site keeps every one of them.</p>
      <ul className="publication-list">
        {entries.map((entry, index) => {
          const months = entry.months.length > 0 ? `${formatMonth(entry.months[0]!)} to ${formatMonth(entry.months[entry.months.length - 1]!)}` : 'no months';
          const what = publicationChangeWords(entry.changed);
          return (
            <li key={`${entry.id}-${index}`}>
              <Link to={{ pathname: '/', search: entry.id === current ? '' : `?publication=${entry.id}` }} state={entry.id === current ? RELEASE_PUBLICATION : undefined}>{formatIsoTime(entry.published)}</Link>: {months}
              {what ? ` (${what})` : ''}. <code>{entry.id}</code>
              {index === 0 && entry.id === current ? ' (current)' : ''}
              {entry.id === shown && entry.id !== current ? ' (shown now)' : ''}
            </li>
          );
        })}
      </ul>
    </>
  );
}
