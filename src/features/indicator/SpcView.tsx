import { AssuranceBadge, SpcKey, VariationBadge } from '../../components/SpcIcons';
import { SpcChart, type SpcRow } from '../../components/SpcChart';
import { axisTitle } from '../../domain/present/chartLines';
import { ChartFigure } from '../../components/ChartFigure';
import { CsvDownload } from '../../components/CsvDownload';
import { decimalsFor, formatNumber, unitLabel, unitSuffix } from '../../domain/format';
import { formatMonth } from '../../domain/months';
import type { Indicator } from '../../domain/schema';
import type { SeriesPoint } from '../../domain/board/series';
import { FEW_POINTS_THRESHOLD } from '../../domain/board/spc/spcTypes';
import { indicatorSpc } from '../../domain/board/spc/spcIndicator';
import { spcVerdict } from '../../domain/board/spc/spcVerdict';
import { displayName } from '../../domain/names';
import { recalculationPoints } from '../../domain/board/spc/spcRecalculation';
import { thresholdFor } from '../../domain/board/targets';
import { recalculationWords } from '../../domain/present/planWords';
import { TableScroll } from '../../components/TableScroll';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../../domain/present/spcWords';

export function SpcView({ indicator, series, month }: { indicator: Indicator; series: readonly SeriesPoint[]; month: string | undefined }) {
  const analysis = indicatorSpc(indicator, series, month);
  // The icons as every other page shows them: none from fewer than 12 points; "recalculate" after a shift or trend.
  const verdict = spcVerdict(analysis, indicator.polarity);
  const decimals = decimalsFor(indicator);
  const suffix = unitSuffix(indicator.unit);
  const show = (value: number | null) => (value === null ? '–' : formatNumber(value, Math.max(decimals, 1)));
  const rows: SpcRow[] = analysis.points.map((point) => ({
    label: formatMonth(point.month),
    value: point.value,
    mean: point.mean,
    lowerLimit: point.lowerLimit,
    upperLimit: point.upperLimit,
    target: indicator.polarity === 'neutral' ? null : (thresholdFor(indicator, point.month)?.target ?? null),
    pointType: point.pointType,
  }));
  const latest = analysis.points[analysis.points.length - 1];
  if (!latest) return <p>There are no figures to chart.</p>;
  const summary = `${displayName(indicator)}: ${verdict.variation ? VARIATION_WORDS[verdict.variation].long.toLowerCase() : verdict.tooFewPoints ? 'too few months to read the variation' : 'no figures'} in ${formatMonth(latest.month)}. Mean ${show(latest.mean)}${suffix}, process limits ${show(latest.lowerLimit)}${suffix} to ${show(latest.upperLimit)}${suffix}.${verdict.assurance !== 'none' ? ` ${ASSURANCE_WORDS[verdict.assurance].long}.` : ''}${verdict.recalculateFrom ? ` Suggested: recalculate from ${formatMonth(verdict.recalculateFrom)}, where the ${verdict.changedBy} began.` : ''}`;
  const unit = unitLabel(indicator.unit);
  return (
    <section aria-labelledby="spc-heading">
      <h2 id="spc-heading">Statistical process control chart</h2>
      <p className="spc-row">
        <VariationBadge icon={verdict.variation} />
        <AssuranceBadge icon={verdict.assurance} />
      </p>
      <p className="chart-summary" id="spc-summary">
        {summary}
      </p>
      {analysis.fewPoints && (
        <p className="warning-text">
          The limits rest on {analysis.pointsInBaseline} points: fewer than {FEW_POINTS_THRESHOLD}, so they are trial limits and no icon is shown. 15 or more are advised.
        </p>
      )}
      {indicator.spc?.fixFirst && <p>The mean and limits are fixed on the first {indicator.spc.fixFirst} points (the baseline).</p>}
      {recalculationPoints(indicator).length > 0 && (
        <p>The mean and limits are recalculated from {recalculationPoints(indicator).map(recalculationWords).join(', ')}, where the process changed.</p>
      )}
      <ChartFigure labelledBy="spc-heading" describedBy="spc-summary" fileName={`${indicator.id}-spc`}>
        <SpcChart rows={rows} unitSuffix={suffix} decimals={decimals} axisTitle={axisTitle(indicator)} />
      </ChartFigure>
      <p className="chart-key">
        Points: <span aria-hidden="true">●</span> grey common cause, <span aria-hidden="true">◆</span> blue special cause improving, <span aria-hidden="true">▲</span> orange special cause concerning
        {indicator.polarity === 'neutral' && ', ■ purple special cause (neither good nor bad)'}. Dashed lines are the process limits (mean ± 2.66 × the mean moving range).
      </p>
      <SpcKey />
      <TableScroll labelledBy="spc-caption">
        <table className="table table-months table-spc">
          <caption id="spc-caption">{displayName(indicator)}: values, mean and process limits by month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="numeric" data-key-column="">
                Value
              </th>
              <th scope="col" data-key-column="">
                Signal
              </th>
              <th scope="col" className="numeric">
                Mean
              </th>
              <th scope="col" className="numeric">
                Lower limit
              </th>
              <th scope="col" className="numeric">
                Upper limit
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.points.map((point) => (
              <tr key={point.month}>
                <th scope="row">{formatMonth(point.month)}</th>
                <td className="numeric">{formatNumber(point.value, Math.max(decimals, 3))}</td>
                <td>{point.signalText}</td>
                <td className="numeric">{show(point.mean)}</td>
                <td className="numeric">{show(point.lowerLimit)}</td>
                <td className="numeric">{show(point.upperLimit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <CsvDownload
        fileName={`${indicator.id}-spc.csv`}
        header={['Month', `Value (${unit})`, `Mean (${unit})`, `Lower process limit (${unit})`, `Upper process limit (${unit})`, 'Signal']}
        rows={analysis.points.map((point) => [point.month, point.value, point.mean, point.lowerLimit, point.upperLimit, point.signalText])}
        label="Download the SPC table (CSV)"
      />
    </section>
  );
}
