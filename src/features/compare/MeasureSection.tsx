// One measure on the Compare page: its sentence, its rule, the ranked bars and the same figures as
// a table with its CSV, laid out from its model (present/pages/compare.ts).
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
          {measure.heading} <span className="heading-month period">{measure.period}</span>
        </>
      }
      summary={measure.sentence}
    >
      <p>{measure.rule}</p>
      <figure className="chart-figure" aria-labelledby={`${measure.id}-heading`} aria-describedby={`${measure.id}-summary`}>
        <RankingChart bars={chart.bars} england={chart.england} unitSuffix={chart.unitSuffix} decimals={chart.decimals} />
      </figure>
      <p className="chart-key">{measure.key}</p>
      <DataTable table={measure.table} />
      {measure.source && <p className="chart-key">{measure.source}</p>}
    </ChartSection>
  );
}
