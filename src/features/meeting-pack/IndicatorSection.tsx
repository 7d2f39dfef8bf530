// One priority indicator on its own page: the figure, RAG and change in words, the key facts, the
// notes, a sentence on the trend, the chart at a fixed print width, the teams' small charts, and
// the last 12 months as a table; laid out from its model (present/pages/packIndicator.ts).
import { DataTable } from '../../components/DataTable';
import { DirectionText } from '../../components/DirectionText';
import { Facts } from '../../components/Facts';
import { RagTag } from '../../components/RagTag';
import { SmallMultiples } from '../../components/SmallMultiples';
import { TrendChart } from '../../components/TrendChart';
import type { PackIndicatorModel } from '../../domain/present/pages/packIndicator';
import { PackSection, type PartProps } from './PackSection';
import { ChartNameContext } from '../../components/chartName';

/** A4 portrait with 15 mm margins leaves 180 mm = 680 CSS pixels: the chart fills it exactly. */
export const PACK_CHART_WIDTH = 680;
/** Low enough that two compact indicators can share a sheet (the page plan pairs them when they fit). */
export const PACK_CHART_HEIGHT = 210;
/** Shorter beside a team breakdown, so the chart, the small multiples, the reconciling sentences and the month table still fit one A4 page. */
const PACK_CHART_HEIGHT_WITH_TEAMS = 190;
/** Up to five teams' small charts side by side across the same 680 pixels. */
const PACK_PANEL_WIDTH = 124;
const PACK_PANEL_HEIGHT = 72;

export function IndicatorSection({ indicator, ...part }: PartProps & { indicator: PackIndicatorModel }) {
  const { chart, multiples } = indicator;
  return (
    <PackSection id={`indicator-${indicator.id}`} labelledBy={indicator.headingId} {...part} className="pack-indicator" dataIndicator={indicator.id}>
      <h2 id={indicator.headingId} className="pack-indicator-name" tabIndex={-1}>
        {indicator.name}
      </h2>
      {indicator.fullName && <p className="pack-indicator-full-name">{indicator.fullName}</p>}
      <p className="card-figure pack-figure">
        <span className="figure">{indicator.figure}</span>
        {indicator.status && <RagTag tag={indicator.status} />}
        <DirectionText change={{ ...indicator.change, text: indicator.change.full }} />
      </p>
      {indicator.process && <p className="pack-note">{indicator.process}</p>}
      <Facts facts={indicator.facts} className="pack-facts" />
      {indicator.smallNumber && <p className="small-denominator">{indicator.smallNumber}</p>}
      {indicator.reconcile && <p className="pack-note pack-reconcile">{indicator.reconcile}</p>}
      {indicator.note && <p className="pack-note">{indicator.note}</p>}
      {indicator.noSnapshot && <p className="pack-note">{indicator.noSnapshot}</p>}
      <p className="chart-summary pack-trend-summary" id={indicator.summaryId}>
        {indicator.trendSummary}
      </p>
      <figure className="pack-chart" aria-labelledby={indicator.headingId} aria-describedby={indicator.summaryId}>
        <div className="pack-chart-scroll">
          <ChartNameContext.Provider value={indicator.headingId}>
            <TrendChart data={chart.data} unitSuffix={chart.unitSuffix} decimals={chart.decimals} valueName={chart.valueName} axisTitle={chart.axisTitle} omittedWhere={chart.omittedWhere} width={PACK_CHART_WIDTH} height={multiples ? PACK_CHART_HEIGHT_WITH_TEAMS : PACK_CHART_HEIGHT} />
          </ChartNameContext.Provider>
        </div>
        <figcaption className="chart-key">{indicator.chartCaption}</figcaption>
      </figure>
      {multiples && (
        <figure className="pack-multiples" aria-label={multiples.label}>
          <SmallMultiples multiples={multiples.multiples} overallName="All teams" unitSuffix={chart.unitSuffix} decimals={chart.decimals} panelWidth={PACK_PANEL_WIDTH} panelHeight={PACK_PANEL_HEIGHT} />
          <figcaption className="chart-key">{multiples.caption}</figcaption>
        </figure>
      )}
      <DataTable table={indicator.table} className="table-months pack-table pack-month-table" scrollClassName="pack-table-scroll" />
      {indicator.breakdown && (
        <div className="pack-breakdown">
          <DataTable table={indicator.breakdown} className="table-months pack-table pack-breakdown-table" scrollClassName="pack-table-scroll" />
        </div>
      )}
    </PackSection>
  );
}
