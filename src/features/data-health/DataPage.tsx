import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { useReadyDataset } from '../../data/datasetContext';
import type { FileReport } from '../../domain/contract/dataset';
import { formatMonth, formatMonthLong } from '../../domain/months';
import { countProblems, describeProblem } from '../../domain/contract/problems';
import { PreviewForm } from './PreviewForm';
import './dataPage.css';

const STATUS_WORDS: Record<FileReport['status'], string> = {
  ok: 'OK',
  warnings: 'Used, with warnings',
  error: 'Not used: has errors',
};

export function DataPage() {
  // Files that failed to load are in the banner above every page, and in the table below.
  const { dataset } = useReadyDataset();
  const { errors, warnings } = countProblems(dataset.problems);
  const filesWithProblems = dataset.files.filter((file) => file.problems.length > 0);
  const folderWarnings = dataset.problems.filter((problem) => !dataset.files.some((file) => file.file === problem.file));
  const months = dataset.snapshots.map((snapshot) => snapshot.month);
  return (
    <Page title="Data files and checks">
      <p className="lead">
        For performance officers: every file the dashboard loaded, whether it passed the checks in the data contract,
        and what to fix. The same checks run in <code>npm run check-data</code> and in the build.
      </p>
      <ul className="stat-row" aria-label="Check results">
        <li>
          <span className="stat">{dataset.files.length}</span> files
        </li>
        <li>
          <span className="stat">{errors}</span> {errors === 1 ? 'error' : 'errors'}
        </li>
        <li>
          <span className="stat">{warnings}</span> {warnings === 1 ? 'warning' : 'warnings'}
        </li>
        <li>
          <span className="stat">{dataset.snapshots.length}</span> months shown
          {months.length > 0 && ` (${formatMonth(months[0]!)} to ${formatMonth(months[months.length - 1]!)})`}
        </li>
      </ul>

      <h2>Missing months</h2>
      {dataset.missingMonths.length ? (
        <>
          <p>These months have no snapshot between the first and the last month:</p>
          <ul className="missing-months">
            {dataset.missingMonths.map((month) => (
              <li key={month}>
                {formatMonthLong(month)} (<code>snapshots/{month}.json</code>)
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No month is missing between the first and the last.</p>
      )}

      <h2>Files</h2>
      <div className="table-scroll">
        <table className="table">
          <caption>Every data file loaded, {dataset.files.length} in all</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Month</th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">
                Errors
              </th>
              <th scope="col" className="numeric">
                Warnings
              </th>
            </tr>
          </thead>
          <tbody>
            {dataset.files.map((file) => {
              const counts = countProblems(file.problems);
              return (
                <tr key={file.file}>
                  <th scope="row">
                    <code>{file.file}</code>
                  </th>
                  <td>{file.month ? formatMonth(file.month) : '–'}</td>
                  <td>
                    <span className={`tag tag-file-${file.status}`}>{STATUS_WORDS[file.status]}</span>
                  </td>
                  <td className="numeric">{counts.errors}</td>
                  <td className="numeric">{counts.warnings}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2>Problems</h2>
      {filesWithProblems.length === 0 && folderWarnings.length === 0 && <p>No problems found. Every file passed every check.</p>}
      {filesWithProblems.map((file) => (
        <section key={file.file} className="problem-file" aria-labelledby={`problems-${file.file}`}>
          <h3 id={`problems-${file.file}`}>
            <code>{file.file}</code>
          </h3>
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
        </section>
      ))}

      <PreviewForm />

      <h2>How to add a month</h2>
      <p>
        Without Node: <Link to="/prepare-month">prepare a month in the browser</Link>, or read the step-by-step guide, <Link to="/help/add-month">how to add a month</Link>.
      </p>
      <ol>
        <li>
          Save the month’s figures as <code>snapshots/YYYY-MM.json</code> in the data folder (for example{' '}
          <code>snapshots/2019-04.json</code>), or turn a spreadsheet export into one with <code>npm run import</code>.
        </li>
        <li>
          Run <code>npm run check-data</code>, or preview the file above. Fix every error: a file with errors is not
          shown.
        </li>
        <li>Publish: rebuild the site, or run <code>npm run publish-data</code> on the deployed data folder.</li>
      </ol>
    </Page>
  );
}
