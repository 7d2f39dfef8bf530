// Draws what it is given: plot-ready rows from domain/trendData. RAG points carry a shape as
// well as a colour (circle green, square amber, triangle red) so status is never colour alone.
import { memo } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../domain/format';
import type { RagStatus } from '../domain/board/rag';
import type { TrendData, TrendRow } from '../domain/present/trendData';
import { StaticLineChart, type StaticLine } from './StaticLineChart';
import { useHydrated } from './useHydrated';
import { useReducedMotion } from './useReducedMotion';

const RAG_FILL: Record<RagStatus | 'none', string> = { green: '#00703c', amber: '#b35900', red: '#d4351c', none: '#0b0c0c' };
const BREAKDOWN_COLOURS = ['#1d70b8', '#801650', '#4c2c92', '#00625e', '#5f5f5f', '#942514'];
const BREAKDOWN_DASHES = ['', '6 3', '2 3', '8 3 2 3', '12 4', '4 4'];
const BENCHMARK_COLOURS = ['#4c2c92', '#00625e', '#801650'];

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TrendRow;
  index?: number;
}

function RagDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || payload?.value === null || payload?.value === undefined) return null;
  const rag = payload.rag ?? 'none';
  const fill = RAG_FILL[rag];
  if (rag === 'amber') return <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={fill} stroke="#fff" strokeWidth={1} />;
  if (rag === 'red') return <path d={`M${cx},${cy - 7}L${cx + 6.5},${cy + 5}L${cx - 6.5},${cy + 5}Z`} fill={fill} stroke="#fff" strokeWidth={1} />;
  return <circle cx={cx} cy={cy} r={5} fill={fill} stroke="#fff" strokeWidth={1} />;
}

export const TrendChart = memo(function TrendChart({
  data,
  unitSuffix,
  decimals,
  valueName,
  height = 340,
  width,
}: {
  data: TrendData;
  unitSuffix: string;
  decimals: number;
  valueName: string;
  height?: number;
  /** Fixed width (print, tests); otherwise the chart fills its container. */
  width?: number;
}) {
  const reducedMotion = useReducedMotion();
  const hydrated = useHydrated();
  const animate = !reducedMotion && width === undefined;
  const format = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value, decimals)}${unitSuffix}` : 'Not available');
  if (!hydrated) {
    // The page as drawn at publication (and until hydration): the same lines as plain SVG.
    const lines: StaticLine[] = [
      ...(data.hasTarget ? [{ key: 'target', name: 'Target', stroke: '#0b0c0c', dash: '8 4', step: true }] : []),
      ...(data.hasAmber ? [{ key: 'amber', name: 'Amber threshold', stroke: '#b35900', dash: '3 3', step: true }] : []),
      ...data.benchmarkKeys.map((benchmark, index) => ({ key: benchmark.key, name: benchmark.label, stroke: BENCHMARK_COLOURS[index % BENCHMARK_COLOURS.length]!, width: 1.5, step: true })),
      ...data.breakdownKeys.map((team, index) => ({ key: team.key, name: team.label, stroke: BREAKDOWN_COLOURS[index % BREAKDOWN_COLOURS.length]!, dash: BREAKDOWN_DASHES[index % BREAKDOWN_DASHES.length] || undefined, width: 1.5 })),
      { key: 'value', name: valueName, stroke: '#0b0c0c', width: 3, dot: (point, index) => <RagDot cx={point.x} cy={point.y} payload={data.rows[index]} /> },
    ];
    return <StaticLineChart rows={data.rows} lines={lines} height={height} label={`${valueName} by month`} formatTick={(value) => `${formatNumber(value, decimals)}${unitSuffix}`} />;
  }
  const chart = (
    <ComposedChart data={data.rows} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer width={width} height={width ? height : undefined}>
      <CartesianGrid stroke="#dcdcdc" vertical={false} />
      <XAxis dataKey="label" tick={{ fill: '#0b0c0c', fontSize: 13 }} interval="preserveStartEnd" minTickGap={16} />
      <YAxis tick={{ fill: '#0b0c0c', fontSize: 13 }} tickFormatter={(value: number) => `${formatNumber(value, decimals)}${unitSuffix}`} width={64} domain={['auto', 'auto']} />
      <Tooltip formatter={(value, name) => [format(value), name]} contentStyle={{ border: '2px solid #0b0c0c', borderRadius: 0 }} />
      <Legend wrapperStyle={{ fontSize: 14, color: '#0b0c0c' }} />
      {data.events.map((event) => (
        <ReferenceLine key={`${event.date}-${event.label}`} x={event.monthLabel} stroke="#6f777b" strokeDasharray="2 4" label={{ value: '▼', position: 'top', fill: '#0b0c0c', fontSize: 12 }} />
      ))}
      {data.hasTarget && <Line type="stepAfter" dataKey="target" name="Target" stroke="#0b0c0c" strokeDasharray="8 4" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />}
      {data.hasAmber && <Line type="stepAfter" dataKey="amber" name="Amber threshold" stroke="#b35900" strokeDasharray="3 3" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />}
      {data.benchmarkKeys.map((benchmark, index) => (
        <Line key={benchmark.key} type="stepAfter" dataKey={benchmark.key} name={benchmark.label} stroke={BENCHMARK_COLOURS[index % BENCHMARK_COLOURS.length]} strokeDasharray="1 0" strokeWidth={1.5} strokeOpacity={0.9} dot={false} isAnimationActive={false} />
      ))}
      {data.breakdownKeys.map((team, index) => (
        <Line key={team.key} type="linear" dataKey={team.key} name={team.label} stroke={BREAKDOWN_COLOURS[index % BREAKDOWN_COLOURS.length]} strokeDasharray={BREAKDOWN_DASHES[index % BREAKDOWN_DASHES.length]} strokeWidth={1.5} dot={false} isAnimationActive={animate} connectNulls={false} />
      ))}
      <Line type="linear" dataKey="value" name={valueName} stroke="#0b0c0c" strokeWidth={3} dot={<RagDot />} activeDot={{ r: 7 }} isAnimationActive={animate} connectNulls={false} />
    </ComposedChart>
  );
  if (width !== undefined) return chart;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 700, height }}>
      {chart}
    </ResponsiveContainer>
  );
});
