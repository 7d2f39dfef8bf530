// The Indicator page's SPC view, laid out from its model (present/pages/indicatorSpc.ts).
import { ChartFigure } from '../../components/ChartFigure';
import { ChartKey } from '../../components/ChartKey';
import { DataTable } from '../../components/DataTable';
import { SpcChart } from '../../components/SpcChart';
import { AssuranceBadge, SpcKey, VariationBadge } from '../../components/SpcIcons';
import type { SpcViewModel } from '../../domain/present/pages/indicatorSpc';

export function SpcView({ spc }: { spc: SpcViewModel }) {
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
      <ChartFigure labelledBy="spc-heading" describedBy="spc-summary" fileName={chart.fileName}>
        <SpcChart rows={chart.rows} unitSuffix={chart.unitSuffix} decimals={chart.decimals} axisTitle={chart.axisTitle} />
      </ChartFigure>
      <p className="chart-key">
        <ChartKey parts={spc.chartKey} />
      </p>
      <SpcKey />
      <DataTable table={spc.table} className="table-months table-spc" />
    </section>
  );
}
