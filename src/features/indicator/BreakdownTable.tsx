import { decimalsFor, formatNumber, unitLabel } from '../../domain/format';
import { formatMonth } from '../../domain/months';
import type { Indicator } from '../../domain/schema';
import type { SeriesPoint } from '../../domain/board/series';
import { displayName } from '../../domain/board/summary';
import { TableScroll } from '../../components/TableScroll';

/** The breakdown's numbers: a table of its own, one column a team, the overall figure first. */
export function BreakdownTable({ indicator, series, teams }: { indicator: Indicator; series: readonly SeriesPoint[]; teams: readonly { key: string; label: string }[] }) {
  const unit = unitLabel(indicator.unit);
  const decimals = Math.max(decimalsFor(indicator), 3);
  const show = (value: number | null | undefined) => (typeof value === 'number' ? formatNumber(value, decimals) : '–');
  const caption = `${displayName(indicator)} by team, every month (${unit === '%' ? 'percent' : unit})`;
  return (
    <div className="table-block">
      <TableScroll label={caption}>
        <table className="table table-months">
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
