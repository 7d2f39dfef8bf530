// The Data page's raw files, as far as their check in the browser has got: waiting, failed, or
// checked, with every file in a table and each one's problems in words at its place; laid out
// from the model (present/pages/dataFiles.ts' rawFilesPart).
import { DataTable } from '../../components/DataTable';
import { RagTag } from '../../components/RagTag';
import { rawFilesPart } from '../../domain/present/pages/dataFiles';
import { rawCheckInput, type RawCheckState } from './useRawCheck';

/**
 * One status node, there from the first render and kept while its words change ("Finding…",
 * "Checked 3 of 23…", "Checked 23 files."): a screen reader announces a change to a live region it
 * already knows, not one newly inserted (WCAG 4.1.3).
 */
export function RawFiles({ state }: { state: RawCheckState }) {
  const part = rawFilesPart(rawCheckInput(state));
  if (part.status === 'not-served') {
    return (
      <>
        <h2>The files in the data folder</h2>
        <p>
          {part.before}
          <code>{part.command}</code>
          {part.after}
        </p>
      </>
    );
  }
  const status = part.status === 'waiting' ? part.message : part.status === 'checked' ? part.count : '';
  return (
    <>
      <h2>The files in the data folder</h2>
      <p role="status" aria-live="polite" className={part.status === 'waiting' ? 'loading' : undefined}>
        {status}
      </p>
      {part.status === 'waiting' && part.progress && <progress max={part.progress.max} value={part.progress.value} aria-label="Files checked" />}
      {part.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{part.message}</p>
          {part.canRetry && state.status === 'list-failed' && (
            <button type="button" className="button" onClick={state.retry}>
              Try again
            </button>
          )}
        </div>
      )}
      {part.status === 'checked' && <CheckedFiles part={part} />}
    </>
  );
}

function CheckedFiles({ part }: { part: Extract<ReturnType<typeof rawFilesPart>, { status: 'checked' }> }) {
  return (
    <>
      <ul className="stat-row" aria-label="Check results">
        {part.stats.map((stat) => (
          <li key={stat.words}>
            <span className="stat">{stat.count}</span> {stat.words}
          </li>
        ))}
      </ul>
      {part.blocked && (
        <p className="notice notice-warning">
          <strong>{part.blocked.lead}</strong>
          {part.blocked.text}
        </p>
      )}

      <h3>Missing months</h3>
      {part.missingMonths.none ? (
        <p>{part.missingMonths.none}</p>
      ) : (
        <>
          <p>{part.missingMonths.intro}</p>
          <ul className="missing-months">
            {part.missingMonths.items.map((item) => (
              <li key={item.file}>
                {item.month} (<code>{item.file}</code>)
              </li>
            ))}
          </ul>
        </>
      )}

      <DataTable table={part.table} />

      <h3>Problems and changes</h3>
      {part.allClear && <p>{part.allClear}</p>}
      {part.problems.map((file) => (
        <section key={file.file} className="problem-file" aria-labelledby={`problems-${file.file}`}>
          <h4 id={`problems-${file.file}`}>
            <code>{file.file}</code>
            {file.publishing && <span className="publishing-note"> {file.publishing}</span>}
          </h4>
          {file.none ? (
            <p>{file.none}</p>
          ) : (
            <ul className="problem-list">
              {file.problems.map((problem, index) => (
                <li key={index} className={`problem problem-${problem.severity}`}>
                  <RagTag tag={problem.tag} /> <span className="problem-place">{problem.place}</span>: {problem.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {part.folder && (
        <section className="problem-file" aria-labelledby="problems-folder">
          <h4 id="problems-folder">{part.folder.heading}</h4>
          <p>{part.folder.intro}</p>
          <ul className="problem-list">
            {part.folder.problems.map((problem, index) => (
              <li key={index} className={`problem problem-${problem.severity}`}>
                <RagTag tag={problem.tag} /> <code>{problem.file}</code>: {problem.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
