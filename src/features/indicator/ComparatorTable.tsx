import { formatValue } from '../../domain/format';
import type { Indicator } from '../../domain/schema';
import { displayName } from '../../domain/names';
import { TableScroll } from '../../components/TableScroll';
import { comparatorFlag, comparatorNotes } from '../../domain/present/comparatorNotes';

/** Published comparators by period: one row a period, one column a comparator. */
export function ComparatorTable({ indicator }: { indicator: Indicator }) {
  const benchmarks = indicator.benchmarks ?? [];
  const labels = [...new Set(benchmarks.map((benchmark) => benchmark.label))];
  const periods = [...new Set(benchmarks.map((benchmark) => benchmark.period))].sort();
  const find = (label: string, period: string) => benchmarks.find((benchmark) => benchmark.label === label && benchmark.period === period);
  const sources = [...new Set(benchmarks.map((benchmark) => benchmark.source).filter(Boolean))];
  const notes = comparatorNotes(benchmarks);
  return (
    <section aria-labelledby="benchmarks-heading">
      <h2 id="benchmarks-heading">Published comparators</h2>
      <TableScroll labelledBy="comparators-caption">
        <table className="table table-months">
          <caption id="comparators-caption">{displayName(indicator)}: published figures by period</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {labels.map((label) => (
                <th scope="col" key={label} className="numeric">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period}>
                <th scope="row">{period}</th>
                {labels.map((label) => {
                  const benchmark = find(label, period);
                  return (
                    <td key={label} className="numeric">
                      {benchmark ? formatValue(benchmark.value, indicator) : 'Not published'}
                      {benchmark && comparatorFlag(benchmark) && <span className="hint"> ({comparatorFlag(benchmark)})</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {sources.length > 0 && <p>Source: {sources.join('; ')}.</p>}
      {notes.length > 0 && (
        <ul>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
