// One measure on the Compare page: its sentence, where the council stands nationally and its own
// monthly figure reconciled with the DfE's, its rule, the ranked bars and the same figures as a
// table with its CSV, how the neighbours' mean is made and when the next figures are due; laid out
// from its model (present/pages/compare.ts).
import { ChartSection } from '../../components/ChartSection';
import { DataTable } from '../../components/DataTable';
import type { MeasureModel } from '../../domain/present/pages/compare';
import { RankingChart } from './RankingChart';

export function MeasureSection({ measure }: { measure: MeasureModel }) {
  const { chart } = measure;
  return (
    <ChartSection
      id={measure.id}
      heading={
        <>
          {`${measure.heading} `}
          <span className="heading-month period">{measure.period}</span>
        </>
      }
      summary={measure.sentence}
    >
      {measure.national && <p>{measure.national}</p>}
      {measure.twoFigures && <p className="two-figures">{measure.twoFigures}</p>}
      <p>{measure.rule}</p>
      <figure className="chart-figure" aria-labelledby={`${measure.id}-heading`} aria-describedby={`${measure.id}-summary`}>
        <RankingChart bars={chart.bars} england={chart.england} unitSuffix={chart.unitSuffix} decimals={chart.decimals} />
      </figure>
      <p className="chart-key">{measure.key}</p>
      <DataTable table={measure.table} after={<p className="chart-key">{measure.method}</p>} />
      {measure.due && <p className="chart-key">{measure.due}</p>}
      {measure.source && <p className="chart-key">{measure.source}</p>}
    </ChartSection>
  );
}
