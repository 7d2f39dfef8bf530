// A counted month on "Build a month from Annex A": the page model's summary, the measures, the
// records not counted (with their CSV, for the officer alone), what goes into the month's file and
// what the extract would change there, then what the month goes on to (HandOn).
import { useMemo, useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { useReadyDataset } from '../../data/datasetContext';
import type { CalendarUsed } from '../../data/annexACountJob';
import { annexAPageModel } from '../../domain/present/pages/buildFromAnnexA';
import type { MonthCount } from '../../domain/records/countMonth';
import { HandOn } from './HandOn';

export function CountedMonth({ count, calendar }: { count: MonthCount; calendar?: CalendarUsed }) {
  const { dataset } = useReadyDataset();
  const [replace, setReplace] = useState(false);
  // The month as published, taken once: once the dashboard previews the counted month, the dataset holds that instead.
  const [existing] = useState(() => dataset.snapshots.find((snapshot) => snapshot.month === count.month));
  const model = useMemo(() => annexAPageModel(count, dataset.indicators, existing, replace, calendar), [count, dataset.indicators, existing, replace, calendar]);
  return (
    <section aria-labelledby="annex-a-result">
      <h2 id="annex-a-result">{model.summary}</h2>
      <p>{model.calendar}</p>
      <DataTable table={model.measures} />

      <h2>Records not counted as they stand</h2>
      <p>{model.problemsNote}</p>
      {model.problems.rows.length > 0 && <DataTable table={model.problems} />}

      <h2>Into the month’s file</h2>
      {model.written.length === 0 && model.kept.length === 0 ? (
        <p>
          No indicator in <code>indicators.json</code> says which measure counts it (<code>"source": {'{'} "annexA": … {'}'}</code>), so no figure goes into
          the month’s file.
        </p>
      ) : (
        <ul>
          {model.written.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {(model.kept.length > 0 || replace) && (
        <div className="notice notice-warning">
          <p>The published month already has figures the extract would change{replace ? ': they are replaced with the extract’s.' : '; they are kept:'}</p>
          <ul>
            {model.kept.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <label>
            <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} /> Replace them with the extract’s figures
          </label>
        </div>
      )}
      {model.notCounted.length > 0 && (
        <>
          <p>Not counted, so left as they are:</p>
          <ul>
            {model.notCounted.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <HandOn snapshot={model.snapshot} />
    </section>
  );
}
