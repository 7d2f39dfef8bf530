// Draws what it is given: councils already in rank order (domain/ranking). Our council stands out
// by colour and, never by colour alone, by a bold label ending "(us)". England is a labelled
// dashed line. A council without a published figure has no bar and says so in words.
// The bars are never animated: a growing bar says nothing about a rank, and recharts replays the
// animation on every resize, so a page printed or captured whole would show empty bars.
// Below NARROW pixels wide (a phone) each council's name goes above its bar instead of beside
// it, so the bars keep most of the width.
import { memo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../domain/format';
import { GRID, HOVER_TINT, INK, OURS, THEIRS, WHITE } from '../../components/palette';
import { StaticBarChart } from '../../components/StaticBarChart';
import { useHydrated } from '../../components/useHydrated';
import { useChartName } from '../../components/chartName';
import { TOOLTIP_TRIGGER } from '../../components/chartTooltip';

export interface RankingBar {
  la: string;
  /** The axis label: "7 Croydon (us)", "– Hackney". */
  label: string;
  value: number | null;
  council: boolean;
  /** For a council without a figure, what to write where its bar would be: "Not published (suppressed)". */
  missing?: string;
}

const NARROW = 560;
const LAYOUT = {
  wide: { rowHeight: 34, axisWidth: 148, barSize: undefined },
  narrow: { rowHeight: 48, axisWidth: 1, barSize: 14 },
} as const;
const MARGIN = { top: 28, right: 56, bottom: 4, left: 4 };
/** A white edge round text drawn over bars and lines, so that it stays legible. */
const HALO = { stroke: WHITE, strokeWidth: 4, paintOrder: 'stroke' } as const;

interface TickProps {
  x?: number;
  y?: number;
  index?: number;
}

export const RankingChart = memo(function RankingChart({
  bars,
  england,
  unitSuffix,
  decimals,
  width,
}: {
  bars: readonly RankingBar[];
  england?: number;
  unitSuffix: string;
  decimals: number;
  /** Fixed width (print, tests); otherwise the chart fills its container. */
  width?: number;
}) {
  const [measured, setMeasured] = useState<number>();
  const hydrated = useHydrated();
  const chartName = useChartName();
  const narrow = (width ?? measured ?? NARROW) < NARROW;
  const layout = LAYOUT[narrow ? 'narrow' : 'wide'];
  const format = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value, decimals)}${unitSuffix}` : 'Not published');
  const height = bars.length * layout.rowHeight + 70;
  const plotLeft = MARGIN.left + layout.axisWidth;

  const Tick = ({ x = 0, y = 0, index = 0 }: TickProps) => {
    const bar = bars[index];
    if (!bar) return null;
    const weight = bar.council ? 700 : 400;
    const missing = bar.value === null && (
      <text x={plotLeft + (narrow ? 2 : 12)} y={y} dy={4} textAnchor="start" fill={INK} fontSize={13} fontStyle="italic" {...HALO}>
        {bar.missing ?? 'Not published'}
      </text>
    );
    if (narrow) {
      return (
        <g>
          <text x={plotLeft + 2} y={y - 12} textAnchor="start" fill={INK} fontSize={13} fontWeight={weight} {...HALO}>
            {bar.label}
          </text>
          {missing}
        </g>
      );
    }
    return (
      <g>
        <text x={x} y={y} dy={4} textAnchor="end" fill={INK} fontSize={13} fontWeight={weight}>
          {bar.label}
        </text>
        {missing}
      </g>
    );
  };

  if (!hydrated) {
    // The page as drawn at publication (and until hydration): the same bars as plain SVG.
    const rows = bars.map((bar) => ({ key: bar.la, label: bar.label, bold: bar.council, parts: [{ key: 'value', value: bar.value, fill: bar.council ? OURS : THEIRS }], note: bar.value === null ? (bar.missing ?? 'Not published') : format(bar.value) }));
    return <StaticBarChart rows={rows} labelWidth={LAYOUT.wide.axisWidth} rowHeight={LAYOUT.wide.rowHeight} reference={england === undefined ? undefined : { value: england, label: `England ${format(england)}` }} formatTick={(value) => `${formatNumber(value, decimals)}${unitSuffix}`} label="Councils ranked by their figure" />;
  }

  const chart = (
    <BarChart
      data={bars as RankingBar[]}
      layout="vertical"
      margin={MARGIN}
      accessibilityLayer
      {...chartName}
      width={width}
      height={width ? height : undefined}
      barCategoryGap={6}
    >
      <CartesianGrid stroke={GRID} horizontal={false} />
      <XAxis type="number" domain={[0, 'auto']} tick={{ fill: INK, fontSize: 13 }} tickFormatter={(value: number) => `${formatNumber(value, decimals)}${unitSuffix}`} />
      <YAxis type="category" dataKey="la" width={layout.axisWidth} tick={<Tick />} interval={0} tickLine={false} />
      <Tooltip trigger={TOOLTIP_TRIGGER} formatter={(value) => [format(value), 'Figure']} contentStyle={{ border: `2px solid ${INK}`, borderRadius: 0 }} cursor={{ fill: HOVER_TINT }} />
      <Bar dataKey="value" name="Figure" isAnimationActive={false} barSize={layout.barSize}>
        {bars.map((bar) => (
          <Cell key={bar.la} fill={bar.council ? OURS : THEIRS} />
        ))}
        <LabelList dataKey="value" position="right" formatter={format} fill={INK} fontSize={13} {...HALO} />
      </Bar>
      {england !== undefined && (
        <ReferenceLine
          x={england}
          stroke={INK}
          strokeWidth={2}
          strokeDasharray="6 4"
          label={{ value: `England ${format(england)}`, position: 'top', fill: INK, fontSize: 13, fontWeight: 700 }}
          ifOverflow="extendDomain"
        />
      )}
    </BarChart>
  );
  if (width !== undefined) return chart;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 700, height }} onResize={(newWidth) => setMeasured(newWidth)}>
      {chart}
    </ResponsiveContainer>
  );
});
