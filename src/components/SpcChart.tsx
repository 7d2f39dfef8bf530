// An XmR chart as Making Data Count draws it: the values joined by a grey line, the mean, the
// process limits, the target, and points coloured by type (orange concerning, blue improving,
// purple neutral special cause, grey common cause). Special-cause points are larger and shaped
// (triangle concern, diamond improvement), so the signal is not colour alone. Never animated.
import { memo } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../domain/format';
import type { SpcChartRow as SpcRow } from '../domain/present/pages/indicatorSpc';
import { EVENT_RULE, GRID, INK, SPC_COLOURS, SPC_LIMIT, SPC_TARGET } from './palette';
import type { EventMarker } from '../domain/present/chartEvents';
import { StaticLineChart } from './StaticLineChart';
import { useHydrated } from './useHydrated';
import { useChartName } from './chartName';
import { TOOLTIP_TRIGGER } from './chartTooltip';

function SpcDot({ cx, cy, payload }: { cx?: number; cy?: number; payload?: SpcRow }) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const fill = SPC_COLOURS[payload.pointType];
  if (payload.pointType === 'special-cause-concerning') return <path d={`M${cx},${cy - 7}L${cx + 6.5},${cy + 5}L${cx - 6.5},${cy + 5}Z`} fill={fill} />;
  if (payload.pointType === 'special-cause-improving') return <path d={`M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`} fill={fill} />;
  if (payload.pointType !== 'common-cause') return <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={fill} />;
  return <circle cx={cx} cy={cy} r={4} fill={fill} />;
}

export const SpcChart = memo(function SpcChart({
  rows,
  unitSuffix,
  decimals,
  axisTitle,
  width,
  eventMarkers = [],
}: {
  rows: readonly SpcRow[];
  unitSuffix: string;
  decimals: number;
  axisTitle: string;
  width?: number;
  /** The events numbered on the chart, as the trend chart marks them. */
  eventMarkers?: readonly EventMarker[];
}) {
  const hydrated = useHydrated();
  const chartName = useChartName();
  const format = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value, decimals)}${unitSuffix}` : '–');
  if (!hydrated) {
    // The page as drawn at publication (and until hydration): the same lines as plain SVG.
    const lines = [
      { key: 'upperLimit', name: 'Upper process limit', role: 'limit', stroke: SPC_LIMIT, dash: '6 4' },
      { key: 'lowerLimit', name: 'Lower process limit', role: 'limit', stroke: SPC_LIMIT, dash: '6 4' },
      { key: 'mean', name: 'Mean', role: 'mean', stroke: INK, width: 1.5 },
      ...(rows.some((row) => row.target !== null) ? [{ key: 'target', name: 'Target', role: 'target', stroke: SPC_TARGET, dash: '2 3', step: true }] : []),
      { key: 'value', name: 'Value', role: 'value', stroke: SPC_COLOURS['common-cause'], dot: (point: { x: number; y: number }, index: number) => <SpcDot cx={point.x} cy={point.y} payload={rows[index]} /> },
    ];
    const markers = eventMarkers.flatMap((marker) => {
      const index = rows.findIndex((row) => row.label === marker.monthLabel);
      return index < 0 ? [] : [{ index, label: marker.numbers }];
    });
    return <StaticLineChart rows={rows} lines={lines} height={340} label="Values, mean and process limits by month" axisTitle={axisTitle} formatTick={(value) => `${formatNumber(value, decimals)}${unitSuffix}`} markers={markers} />;
  }
  const chart = (
    <ComposedChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer {...chartName} width={width} height={width ? 340 : undefined}>
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: INK, fontSize: 13 }} interval="preserveStartEnd" minTickGap={16} />
      <YAxis tick={{ fill: INK, fontSize: 13 }} tickFormatter={(value: number) => `${formatNumber(value, decimals)}${unitSuffix}`} width={84} domain={['auto', 'auto']} label={{ value: axisTitle, angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle', fill: INK, fontSize: 13 } }} />
      <Tooltip trigger={TOOLTIP_TRIGGER} formatter={(value, name) => [format(value), name]} contentStyle={{ border: `2px solid ${INK}`, borderRadius: 0 }} />
      <Legend wrapperStyle={{ fontSize: 14, color: INK }} itemSorter={null} />
      {eventMarkers.map((marker) => (
        <ReferenceLine key={marker.monthLabel} x={marker.monthLabel} stroke={EVENT_RULE} strokeDasharray="2 4" label={{ value: marker.numbers, position: 'top', fill: INK, fontSize: 12, fontWeight: 700 }} />
      ))}
      <Line className="chart-line-limit" dataKey="upperLimit" name="Upper process limit" stroke={SPC_LIMIT} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
      <Line className="chart-line-limit" dataKey="lowerLimit" name="Lower process limit" stroke={SPC_LIMIT} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
      <Line className="chart-line-mean" dataKey="mean" name="Mean" stroke={INK} strokeWidth={1.5} dot={false} isAnimationActive={false} />
      {rows.some((row) => row.target !== null) && <Line className="chart-line-target" type="stepAfter" dataKey="target" name="Target" stroke={SPC_TARGET} strokeDasharray="2 3" strokeWidth={2} dot={false} isAnimationActive={false} />}
      <Line className="chart-line-value" dataKey="value" name="Value" stroke={SPC_COLOURS['common-cause']} strokeWidth={2} dot={<SpcDot />} activeDot={{ r: 7 }} isAnimationActive={false} />
    </ComposedChart>
  );
  if (width !== undefined) return chart;
  return (
    <ResponsiveContainer width="100%" height={340} initialDimension={{ width: 700, height: 340 }}>
      {chart}
    </ResponsiveContainer>
  );
});
