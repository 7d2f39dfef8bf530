import { Fragment } from 'react';
import { directionOfTravel } from '../../domain/board/direction';
import { formatNumber, decimalsFor, unitLabel } from '../../domain/format';
import { formatMonth } from '../../domain/months';
import type { Indicator } from '../../domain/schema';
import { smallDenominatorNote, type SeriesPoint } from '../../domain/board/series';
import { displayName } from '../../domain/names';
import type { TrendRow } from '../../domain/present/trendData';
import { CsvDownload } from '../../components/CsvDownload';
import { TableScroll } from '../../components/TableScroll';
import { qualityWords } from '../../domain/present/planWords';
import { ragWord } from '../../domain/present/words';
import { directionWord } from '../../domain/present/changeWords';

/**
 * The chart's numbers as a table: every month, the figure as in the file, never rounded away. The
 * month, value and status come first (they stay in view on a phone); a month's note has a row of
 * its own under it, so the figures' columns stay narrow.
 */
export function IndicatorTable({
  indicator,
  series,
  rows,
  benchmarkLabels,
  breakdownLabels = [],
}: {
  indicator: Indicator;
  series: readonly SeriesPoint[];
  rows: readonly TrendRow[];
  benchmarkLabels: { key: string; label: string }[];
  /** The breakdown's teams: in the CSV here, and drawn and tabled on their own (BreakdownTable). */
  breakdownLabels?: { key: string; label: string }[];
}) {
  const unit = unitLabel(indicator.unit);
  const decimals = decimalsFor(indicator);
  const show = (value: number | null | undefined) => (typeof value === 'number' ? formatNumber(value, Math.max(decimals, 3)) : '');
  const rowByMonth = new Map(rows.map((row) => [row.month, row]));
  const changeByMonth = new Map(series.map((point) => [point.month, directionWord(directionOfTravel(indicator, series, point.month)?.direction)]));
  const hasTrajectory = rows.some((row) => typeof row.trajectory === 'number');
  const hasQuality = series.some((point) => point.quality !== undefined);
  const csvHeader = [
    'Month', `Value (${unit})`, 'Numerator', 'Denominator', `Target (${unit})`, ...(hasTrajectory ? [`Trajectory (${unit})`] : []), 'RAG', 'Change',
    ...(hasQuality ? ['Quality'] : []), ...breakdownLabels.map((team) => `${team.label} (${unit})`), 'Note',
  ];
  const csvRows = series.map((point) => {
    const row = rowByMonth.get(point.month);
    return [
      point.month,
      point.value ?? '',
      point.numerator ?? '',
      point.denominator ?? '',
      row?.target ?? '',
      ...(hasTrajectory ? [row?.trajectory ?? ''] : []),
      point.rag ? ragWord(point.rag) : '',
      changeByMonth.get(point.month),
      ...(hasQuality ? [point.quality ? qualityWords(point.quality) : ''] : []),
      ...breakdownLabels.map((team) => point.breakdown?.[team.label] ?? ''),
      point.noSnapshot ? 'No snapshot for this month' : (point.note ?? ''),
    ];
  });
  const columnCount = 5 + (indicator.unit === 'percent' ? 1 : 0) + (hasTrajectory ? 1 : 0) + (hasQuality ? 1 : 0) + benchmarkLabels.length;
  return (
    <div className="table-block">
      <TableScroll label={`${displayName(indicator)}: figures by month`}>
        <table className="table table-months">
          <caption>{displayName(indicator)}: every month’s figure ({unit === '%' ? 'percent' : unit})</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="numeric" data-key-column="">
                Value
              </th>
              <th scope="col" data-key-column="">
                Status
              </th>
              <th scope="col" className="numeric">
                Target
              </th>
              {hasTrajectory && (
                <th scope="col" className="numeric">
                  Trajectory
                </th>
              )}
              {indicator.unit === 'percent' && (
                <th scope="col" className="numeric">
                  Of
                </th>
              )}
              <th scope="col">Change</th>
              {hasQuality && <th scope="col">Quality</th>}
              {benchmarkLabels.map((benchmark) => (
                <th scope="col" key={benchmark.key} className="numeric">
                  {benchmark.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((point) => {
              const row = rowByMonth.get(point.month);
              const small = indicator.unit === 'percent' ? smallDenominatorNote(point) : undefined;
              const note = [point.noSnapshot ? 'No snapshot for this month' : point.note, small ? `Small number: ${small}` : undefined].filter(Boolean).join(point.note && !/[.!?]$/.test(point.note) ? '. ' : ' ');
              return (
                <Fragment key={point.month}>
                  <tr className={note ? 'has-note' : undefined}>
                    <th scope="row">{formatMonth(point.month)}</th>
                    <td className="numeric">{typeof point.value === 'number' ? `${show(point.value)}` : point.value === null ? 'Not available' : '–'}</td>
                    <td>{point.rag ? ragWord(point.rag) : ''}</td>
                    <td className="numeric">{typeof row?.target === 'number' ? show(row.target) : ''}</td>
                    {hasTrajectory && <td className="numeric">{typeof row?.trajectory === 'number' ? formatNumber(row.trajectory, decimals) : ''}</td>}
                    {indicator.unit === 'percent' && <td className="numeric">{point.numerator !== undefined && point.denominator !== undefined ? `${point.numerator} of ${point.denominator}` : ''}</td>}
                    <td>{typeof point.value === 'number' ? changeByMonth.get(point.month) : ''}</td>
                    {hasQuality && <td>{point.quality ? qualityWords(point.quality) : ''}</td>}
                    {benchmarkLabels.map((benchmark) => (
                      <td key={benchmark.key} className="numeric">
                        {show(row?.[benchmark.key] as number | null)}
                      </td>
                    ))}
                  </tr>
                  {note && (
                    <tr className="note-row">
                      <td colSpan={columnCount}>
                        <span className="note-text">
                          <span className="note-label" aria-hidden="true">
                            Note:
                          </span>
                          <span className="visually-hidden">Note for {formatMonth(point.month)}:</span> {note}
                        </span>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <CsvDownload fileName={`${indicator.id}-by-month.csv`} header={csvHeader} rows={csvRows} label={`Download ${displayName(indicator)} by month (CSV)`} />
    </div>
  );
}
