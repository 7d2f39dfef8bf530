// Targets: every indicator against its target for a month, filtered and sorted as the address
// asks, laid out from its model (present/pages/targets.ts). The table and its CSV are one model.
import { useSearchParams } from '../../routing/routing';
import { DataTable } from '../../components/DataTable';
import { MonthPicker } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { SpcKey } from '../../components/SpcIcons';
import { useMonthModel } from '../../data/usePageModel';
import { ALL_COLUMNS, targetsModel } from '../../domain/present/pages/targets';
import './targets.css';

export function TargetsPage() {
  const [params, setParams] = useSearchParams();
  const model = useMonthModel(targetsModel, { area: params.get('area'), status: params.get('status'), owner: params.get('owner'), sort: params.get('sort'), columns: params.get('columns') });
  if (!model) return <NoData title="Targets" />;
  const update = (changes: Record<string, string>) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) copy.set(key, value);
        else copy.delete(key);
      }
      return copy;
    });
  return (
    <Page title="Targets" month={model.month}>
      <p className="lead">{model.lead}</p>
      <MonthPicker months={model.months} month={model.month} />
      <div className="filters" role="group" aria-label="Filter the table">
        {model.filters.map((filter) => (
          <div key={filter.id} className={filter.id === 'owner' ? 'field filter-owner' : 'field'}>
            <label htmlFor={`filter-${filter.id}`}>{filter.label}</label>
            <select id={`filter-${filter.id}`} value={filter.value} onChange={(event) => update({ [filter.id]: event.target.value })}>
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {model.filtered && (
          <button type="button" className="button-link" onClick={() => update(Object.fromEntries(model.filters.map((filter) => [filter.id, ''])))}>
            Clear filters
          </button>
        )}
      </div>
      <p role="status" className="result-count">
        {model.count}
      </p>
      <div className="targets-table-block">
        <details
          className="more-columns"
          open={model.moreColumns.open}
          onToggle={(event) => {
            if (event.currentTarget.open !== model.moreColumns.open) update({ columns: event.currentTarget.open ? ALL_COLUMNS : '' });
          }}
        >
          <summary>{model.moreColumns.summary}</summary>
          <p>{model.moreColumns.text}</p>
        </details>
        <DataTable
          table={model.table}
          className="targets-table"
          after={
            <>
              {model.empty && <p>{model.empty}</p>}
              <SpcKey />
            </>
          }
        />
      </div>
      <h2>How to read this table</h2>
      <ul>
        {model.howToRead.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Page>
  );
}
