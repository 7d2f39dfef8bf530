import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { Fragment, useMemo } from 'react';
import { Link, useSearchParams } from '../../routing/routing';
import { CsvDownload } from '../../components/CsvDownload';
import { DirectionText } from '../../components/DirectionText';
import { MonthPicker } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { RagTag } from '../../components/RagTag';
import { AssuranceBadge, SpcKey, VariationBadge } from '../../components/SpcIcons';
import { formatValue, unitLabel } from '../../domain/format';
import { formatMonth } from '../../domain/months';
import type { IndicatorStatus } from '../../domain/board/status';
import { useMonthStatuses } from '../../data/useMonthStatuses';
import { displayName } from '../../domain/names';
import './targets.css';
import { TableScroll } from '../../components/TableScroll';
import { ragLabel, ragWord } from '../../domain/present/words';
import { ownersOf, PLAN_COLUMNS_HIDDEN, PLAN_CSV_HEADER, planColumns, planCsvCells } from './planColumns';
import { changeWord } from '../../domain/present/changeWords';
import { reconcilingSentence } from '../../domain/present/reconcile';
import { tooFewMonthsNote } from '../../domain/present/spcReport';
import { firstUses } from '../../domain/present/glossary';
import { TermText } from '../../components/TermText';
import { COMPARISON_RULE, comparisonWord } from '../../domain/present/comparisonWords';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../../domain/present/spcWords';

const STATUS_ORDER: Record<string, number> = { red: 0, amber: 1, green: 2, none: 3 };
const STATUS_FILTERS = [
  { value: '', label: 'All statuses' },
  { value: 'red', label: 'Red' },
  { value: 'amber', label: 'Amber' },
  { value: 'green', label: 'Green' },
  { value: 'none', label: 'No RAG' },
];

const column = createColumnHelper<IndicatorStatus>();
/** Indicator, value and status come first: on a phone they are what stays on screen. */
const KEY_COLUMNS = new Set(['value', 'status']);

function statusKey(status: IndicatorStatus): string {
  return status.rag ?? 'none';
}

export function TargetsPage() {
  const [params, setParams] = useSearchParams();
  const { dataset, months, month, view, statuses: allStatuses } = useMonthStatuses('all');
  const planInUse = view?.planInUse ?? false;
  const owners = useMemo(() => ownersOf(dataset.indicators), [dataset]);
  const owner = params.get('owner') ?? '';
  const statuses = useMemo(() => (owner ? allStatuses.filter((status) => status.plan.owner === owner) : allStatuses), [allStatuses, owner]);
  const areas = useMemo(() => [...new Set(dataset.indicators.map((indicator) => indicator.area))].sort(), [dataset]);

  const area = params.get('area') ?? '';
  const statusFilter = params.get('status') ?? '';
  const sortParam = params.get('sort') ?? '';
  const sorting: SortingState = sortParam ? [{ id: sortParam.replace(/^-/, ''), desc: sortParam.startsWith('-') }] : [];
  const columnFilters: ColumnFiltersState = [
    ...(area ? [{ id: 'area', value: area }] : []),
    ...(statusFilter ? [{ id: 'status', value: statusFilter }] : []),
  ];

  const update = (changes: Record<string, string>) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) copy.set(key, value);
        else copy.delete(key);
      }
      return copy;
    });

  const columns = useMemo(
    () => [
      column.accessor((row) => displayName(row.indicator), {
        id: 'indicator',
        header: 'Indicator',
        cell: (info) => (
          <Link to={`/indicator/${encodeURIComponent(info.row.original.indicator.id)}/?month=${info.row.original.month}`}>{info.getValue()}</Link>
        ),
      }),
      column.accessor((row) => (typeof row.value === 'number' ? row.value : undefined), {
        id: 'value',
        header: 'Value',
        sortUndefined: 'last',
        cell: (info) => (
          <>
            {formatValue(info.row.original.value, info.row.original.indicator)}
            {info.row.original.smallDenominator && <span className="small-denominator"> ({info.row.original.smallDenominator})</span>}
          </>
        ),
      }),
      column.accessor((row) => STATUS_ORDER[statusKey(row)], {
        id: 'status',
        header: 'Status',
        filterFn: (row, _id, value) => statusKey(row.original) === value,
        cell: (info) => <RagTag rag={info.row.original.rag} label={ragLabel(info.row.original.indicator.polarity, info.row.original.rag, info.row.original.value)} />,
      }),
      column.accessor((row) => row.threshold?.target, {
        id: 'target',
        header: 'Target',
        sortUndefined: 'last',
        cell: (info) => (info.row.original.threshold ? formatValue(info.row.original.threshold.target, info.row.original.indicator) : 'None'),
      }),
      column.accessor((row) => changeWord(row), {
        id: 'change',
        header: 'Change',
        cell: (info) => <DirectionText travel={info.row.original.travel} currentValue={info.row.original.value} label={info.getValue()} />,
      }),
      column.accessor((row) => row.indicator.area, { id: 'area', header: 'Area', filterFn: 'equals' }),
      column.accessor((row) => (row.variation ? VARIATION_WORDS[row.variation].short : ''), {
        id: 'variation',
        header: 'Variation',
        cell: (info) => <VariationBadge icon={info.row.original.variation} />,
      }),
      column.accessor((row) => (row.assurance === 'none' ? '' : ASSURANCE_WORDS[row.assurance].short), {
        id: 'assurance',
        header: 'Assurance',
        cell: (info) => (info.row.original.assurance === 'none' ? (tooFewMonthsNote(info.row.original.spc) ?? '–') : <AssuranceBadge icon={info.row.original.assurance} />),
      }),
      column.accessor((row) => row.england?.value, {
        id: 'england',
        header: 'England',
        sortUndefined: 'last',
        cell: (info) =>
          info.row.original.england ? (
            <>
              {formatValue(info.row.original.england.value, info.row.original.indicator)} <span className="period">({info.row.original.england.period})</span>
            </>
          ) : (
            '–'
          ),
      }),
      column.accessor((row) => comparisonWord(row.vsEngland), {
        id: 'vsEngland',
        header: 'vs England',
        cell: (info) => (info.row.original.vsEngland ? info.getValue() : '–'),
      }),
      ...planColumns,
    ],
    [],
  );

  const table = useReactTable({
    data: statuses,
    columns,
    state: { sorting, columnFilters, columnVisibility: planInUse ? {} : PLAN_COLUMNS_HIDDEN },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    manualPagination: true,
  });

  if (!month) return <NoData title="Targets" />;
  const rows = table.getRowModel().rows;
  // The first use of each glossary term in the table, in the order shown: name, then the line under it.
  const terms = firstUses(rows.flatMap(({ original }) => [displayName(original.indicator), reconcilingSentence(original) ?? '']));
  const csvHeader = ['Month', 'Indicator id', 'Indicator', 'Area', 'Unit', 'Value', 'Numerator', 'Denominator', 'Target', 'Amber threshold', 'Status', 'Variation', 'Assurance', 'Change', 'England', 'England period', 'vs England', 'Why the signals differ', ...(planInUse ? PLAN_CSV_HEADER : [])];
  const csvRows = rows.map(({ original: status }) => [
    status.month,
    status.indicator.id,
    status.indicator.name,
    status.indicator.area,
    unitLabel(status.indicator.unit) === '%' ? 'percent' : unitLabel(status.indicator.unit),
    status.value ?? '',
    status.point?.numerator ?? '',
    status.point?.denominator ?? '',
    status.threshold?.target ?? '',
    status.threshold?.amber ?? '',
    status.rag ? ragWord(status.rag) : '',
    status.variation ? VARIATION_WORDS[status.variation].short : '',
    status.assurance === 'none' ? '' : ASSURANCE_WORDS[status.assurance].short,
    status.travel ? changeWord(status) : '',
    status.england?.value ?? '',
    status.england?.period ?? '',
    status.vsEngland ? comparisonWord(status.vsEngland) : '',
    reconcilingSentence(status) ?? '',
    ...(planInUse ? planCsvCells(status) : []),
  ]);

  return (
    <Page title="Targets" month={month}>
      <p className="lead">Every indicator against its target for {formatMonth(month)}, with the change since the previous month and how it compares with England.</p>
      <MonthPicker months={months} month={month} />
      <div className="filters" role="group" aria-label="Filter the table">
        <div className="field">
          <label htmlFor="filter-area">Area</label>
          <select id="filter-area" value={area} onChange={(event) => update({ area: event.target.value })}>
            <option value="">All areas</option>
            {areas.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={statusFilter} onChange={(event) => update({ status: event.target.value })}>
            {STATUS_FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        {owners.length > 0 && (
          <div className="field filter-owner">
            <label htmlFor="filter-owner">Owner</label>
            <select id="filter-owner" value={owner} onChange={(event) => update({ owner: event.target.value })}>
              <option value="">All owners</option>
              {owners.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
        {(area || statusFilter || owner) && (
          <button type="button" className="button-link" onClick={() => update({ area: '', status: '', owner: '' })}>
            Clear filters
          </button>
        )}
      </div>
      <p role="status" className="result-count">
        Showing {rows.length} of {allStatuses.length} indicators.
      </p>
      <TableScroll labelledBy="targets-caption">
        <table className="table targets-table">
          <caption id="targets-caption">Indicators against target, {formatMonth(month)}. Select a column heading to sort.</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const next = sorted === 'asc' ? `-${header.column.id}` : sorted === 'desc' ? '' : header.column.id;
                  return (
                    <th key={header.id} scope="col" data-key-column={KEY_COLUMNS.has(header.column.id) ? '' : undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                      <button type="button" className="sort-button" onClick={() => update({ sort: next })}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true" className="sort-arrow">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ⇅'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => {
              const reconciled = reconcilingSentence(row.original);
              const [nameTerms, reconcileTerms] = [terms[rowIndex * 2]!, terms[rowIndex * 2 + 1]!];
              return (
                <Fragment key={row.id}>
                  <tr>
                    {row.getVisibleCells().map((cell, index) =>
                      index === 0 ? (
                        <th key={cell.id} scope="row">
                          <Link to={`/indicator/${encodeURIComponent(row.original.indicator.id)}/?month=${row.original.month}`}>
                            <TermText segments={nameTerms} linked={false} />
                          </Link>
                        </th>
                      ) : (
                        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                      ),
                    )}
                  </tr>
                  {reconciled && (
                    <tr className="reconcile-row">
                      <td colSpan={row.getVisibleCells().length}>
                        <span className="visually-hidden">{displayName(row.original.indicator)}: </span>
                        <TermText segments={reconcileTerms} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {rows.length === 0 && <p>No indicator matches these filters.</p>}
      <SpcKey />
      <CsvDownload fileName={`targets-${month}.csv`} header={csvHeader} rows={csvRows} label="Download this table (CSV)" />
      <h2>How to read this table</h2>
      <ul>
        <li>Status is the RAG against the target in force that month. Neutral indicators are context only and have no RAG.</li>
        <li>Change compares with the previous month that has a figure, at the precision shown. “Stable” means it moved, but within common-cause (normal) variation.</li>
        <li>Where two signals for one indicator point different ways, the line under its row says why.</li>
        <li>{COMPARISON_RULE}</li>
      </ul>
    </Page>
  );
}
