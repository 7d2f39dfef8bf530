// The Indicator page's SPC view, laid out from its model (present/pages/indicatorSpc.ts): after a
// change in the process, a link that redraws it with the limits recalculated from the month the
// change began (kept in the address, so it can be shared and the back button undoes it).
import { ChartFigure } from '../../components/ChartFigure';
import { ChartEventList } from '../../components/ChartEventList';
import { ChartKey } from '../../components/ChartKey';
import { DataTable } from '../../components/DataTable';
import { SpcChart } from '../../components/SpcChart';
import { AssuranceBadge, SpcKey, VariationBadge } from '../../components/SpcIcons';
import type { SpcViewModel } from '../../domain/present/pages/indicatorSpc';
import { Link } from '../../routing/routing';

export function SpcView({ spc, recalculateHref }: { spc: SpcViewModel; recalculateHref: (value: string) => string }) {
  const { chart } = spc;
  return (
    <section aria-labelledby="spc-heading">
      <h2 id="spc-heading">Statistical process control chart</h2>
      <p className="spc-row">
        <VariationBadge icon={spc.variation} />
        <AssuranceBadge icon={spc.assurance} />
      </p>
      <p className="chart-summary" id="spc-summary">
        {spc.summary}
      </p>
      {spc.notes.map((note) => (
        <p key={note.text} className={note.warning ? 'warning-text' : undefined}>
          {note.text}
        </p>
      ))}
      {spc.recalculation && (
        <div className="spc-recalculation">
          <p>
            <Link to={recalculateHref(spc.recalculation.value)} className="button button-secondary spc-recalculate">
              {spc.recalculation.label}
            </Link>
          </p>
          <p>{spc.recalculation.how}</p>
        </div>
      )}
      <ChartFigure labelledBy="spc-heading" describedBy="spc-summary" fileName={chart.fileName}>
        <SpcChart rows={chart.rows} unitSuffix={chart.unitSuffix} decimals={chart.decimals} axisTitle={chart.axisTitle} eventMarkers={chart.eventMarkers} />
      </ChartFigure>
      <p className="chart-key">
        <ChartKey parts={spc.chartKey} />
      </p>
      {spc.events && <ChartEventList events={spc.events} />}
      <SpcKey />
      <DataTable table={spc.table} className="table-months table-spc" />
    </section>
  );
}
