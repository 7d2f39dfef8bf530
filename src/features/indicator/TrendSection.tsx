// The Indicator page's trend: the chart with its one-sentence summary, key and events, the table
// of every month with its CSV; and the team breakdown as small multiples with their table.
import { ChartFigure } from '../../components/ChartFigure';
import { ChartEventList } from '../../components/ChartEventList';
import { ChartKey } from '../../components/ChartKey';
import { ChartSection } from '../../components/ChartSection';
import { DataTable } from '../../components/DataTable';
import { SmallMultiples } from '../../components/SmallMultiples';
import { TrendChart } from '../../components/TrendChart';
import type { IndicatorModel, TrendView } from '../../domain/present/pages/indicator';

export function TrendSection({ trend }: { trend: TrendView }) {
  const { chart } = trend;
  return (
    <ChartSection id="trend" heading={trend.heading} summary={trend.summary}>
      <ChartFigure labelledBy="trend-heading" describedBy="trend-summary" fileName={chart.fileName}>
        <TrendChart data={chart.data} unitSuffix={chart.unitSuffix} decimals={chart.decimals} valueName={chart.valueName} axisTitle={chart.axisTitle} omittedWhere={chart.omittedWhere} />
      </ChartFigure>
      <p className="chart-key">
        <ChartKey parts={trend.chartKey} />
      </p>
      {trend.events && <ChartEventList events={trend.events} />}
      <div className="table-block">
        <DataTable table={trend.table} className="table-months" />
      </div>
    </ChartSection>
  );
}

export function BreakdownSection({ breakdown }: { breakdown: NonNullable<IndicatorModel['breakdown']> }) {
  return (
    <ChartSection id="breakdown" heading={breakdown.heading} summary={breakdown.summary}>
      <figure className="chart-figure" aria-labelledby="breakdown-heading" aria-describedby="breakdown-summary">
        <SmallMultiples multiples={breakdown.multiples} overallName={breakdown.overallName} unitSuffix={breakdown.unitSuffix} decimals={breakdown.decimals} />
      </figure>
      <div className="table-block">
        <DataTable table={breakdown.table} className="table-months" />
      </div>
    </ChartSection>
  );
}
