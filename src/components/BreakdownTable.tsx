import { decimalsFor, formatNumber, unitLabel } from '../domain/format';
import { formatMonth } from '../domain/months';
import type { Indicator } from '../domain/schema';
import type { SeriesPoint } from '../domain/board/series';
import { displayName } from '../domain/names';
import { TableScroll } from './TableScroll';

/**
 * The breakdown's numbers: a table of its own, one column a team, the overall figure first (the
 * Indicator page, every month; the meeting pack, the months of its table). `decimals` defaults to
 * at least three, as the Indicator page shows officers' figures.
 */
export function BreakdownTable({ indicator, series, teams, span = 'every month', decimals = Math.max(decimalsFor(indicator), 3), blockClassName = 'table-block', tableClassName = 'table table-months', scrollClassName }: { indicator: Indicator; series: readonly SeriesPoint[]; teams: readonly { key: string; label: string }[]; span?: string; decimals?: number; blockClassName?: string; tableClassName?: string; scrollClassName?: string }) {
  const unit = unitLabel(indicator.unit);
  const show = (value: number | null | undefined) => (typeof value === 'number' ? formatNumber(value, decimals) : '–');
  const caption = `${displayName(indicator)} by team, ${span} (${unit === '%' ? 'percent' : unit})`;
  return (
    <div className={blockClassName}>
      <TableScroll label={caption} className={scrollClassName}>
        <table className={tableClassName}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="numeric" data-key-column="">
                All teams
              </th>
              {teams.map((team) => (
                <th scope="col" key={team.key} className="numeric">
                  {team.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.month}>
                <th scope="row">{formatMonth(point.month)}</th>
                <td className="numeric">{typeof point.value === 'number' ? show(point.value) : 'Not available'}</td>
                {teams.map((team) => (
                  <td key={team.key} className="numeric">
                    {show(point.breakdown?.[team.label])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
