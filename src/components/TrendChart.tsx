// Draws what it is given: plot-ready rows from domain/present/trendData, the lines to draw and
// their scale from present/chartLines, label places from present/lineEndLabels. RAG points carry
// a shape as well as a colour (circle green, square amber, triangle red); every line has its own
// dash pattern and its name at its end, so nothing rests on colour alone, on screen or in grey
// print. Never animated: a print or a screenshot must never catch a half-drawn line.
import { memo } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../domain/format';
import type { RagStatus } from '../domain/board/rag';
import { lineEnds, omittedLinesNote, trendLines } from '../domain/present/chartLines';
import { endLabelRoom, lineEndLabels } from '../domain/present/lineEndLabels';
import type { TrendChartModel } from '../domain/present/pages/indicator';
import type { TrendRow } from '../domain/present/trendData';
import { LineKey } from './LineKey';
import { EVENT_RULE, GRID, INK, LINE_STYLES, NO_RAG_COLOUR, RAG_COLOURS, WHITE } from './palette';
import { StaticLineChart, type StaticLine } from './StaticLineChart';
import { useHydrated } from './useHydrated';
import { useChartName } from './chartName';
import { TOOLTIP_TRIGGER } from './chartTooltip';

const MARGIN = { top: 28, bottom: 8, left: 8 };
const X_AXIS_HEIGHT = 30;
const Y_AXIS_WIDTH = 84;
const LABEL_FONT = 12;

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TrendRow;
}

function RagDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || payload?.value === null || payload?.value === undefined) return null;
  const rag: RagStatus | undefined = payload.rag;
  const className = `rag-dot rag-dot-${rag ?? 'none'}`;
  // No RAG is a hollow ring, so that in grey print it is not taken for green's filled circle.
  if (!rag) return <circle className={className} cx={cx} cy={cy} r={4.5} fill={WHITE} stroke={NO_RAG_COLOUR} strokeWidth={2} />;
  const fill = RAG_COLOURS[rag];
  if (rag === 'amber') return <rect className={className} x={cx - 5} y={cy - 5} width={10} height={10} fill={fill} stroke={WHITE} strokeWidth={1} />;
  if (rag === 'red') return <path className={className} d={`M${cx},${cy - 7}L${cx + 6.5},${cy + 5}L${cx - 6.5},${cy + 5}Z`} fill={fill} stroke={WHITE} strokeWidth={1} />;
  return <circle className={className} cx={cx} cy={cy} r={5} fill={fill} stroke={WHITE} strokeWidth={1} />;
}

export const TrendChart = memo(function TrendChart({
  data,
  unitSuffix,
  decimals,
  valueName,
  axisTitle,
  omittedWhere,
  height = 340,
  width,
}: TrendChartModel & {
  height?: number;
  /** Fixed width (print, tests); otherwise the chart fills its container. */
  width?: number;
}) {
  const hydrated = useHydrated();
  const chartName = useChartName();
  const { lines, omitted, scale } = trendLines(data, valueName);
  const plotHeight = height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT;
  const ends = lineEnds(data.rows, lines.filter((line) => line.role !== 'value'));
  const labels = scale ? lineEndLabels(ends, scale, plotHeight) : [];
  const right = endLabelRoom(labels);
  const lastX = data.rows[data.rows.length - 1]?.label;
  const format = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value, decimals)}${unitSuffix}` : 'Not available');
  const toValue = (pixels: number) => (scale ? scale.domain[1] - (pixels / plotHeight) * (scale.domain[1] - scale.domain[0]) : 0);
  const key = <LineKey lines={lines} omittedNote={omittedLinesNote(omitted, omittedWhere)} />;
  if (!hydrated) {
    // The page as drawn at publication (and until hydration; recharts draws nothing on the
    // server): the same lines, scale, palette and dash patterns as plain SVG, the value line on top.
    const staticLines: StaticLine[] = [...lines.filter((line) => line.role !== 'value'), ...lines.filter((line) => line.role === 'value')].map((line) => {
      const style = LINE_STYLES[line.role];
      return line.role === 'value'
        ? { key: line.key, name: line.label, role: line.role, stroke: style.colour, width: style.width, dot: (point, index) => <RagDot cx={point.x} cy={point.y} payload={data.rows[index]} /> }
        : { key: line.key, name: line.label, role: line.role, stroke: style.colour, width: style.width, dash: style.dash || undefined, step: line.step };
    });
    const markers = data.eventMarkers.flatMap((marker) => {
      const index = data.rows.findIndex((row) => row.label === marker.monthLabel);
      return index < 0 ? [] : [{ index, label: marker.numbers }];
    });
    return (
      <>
        <StaticLineChart
          rows={data.rows}
          lines={staticLines}
          height={height}
          label={`${valueName} by month`}
          formatTick={(value) => `${formatNumber(value, decimals)}${unitSuffix}`}
          ticks={scale?.ticks}
          axisTitle={axisTitle}
          legend={false}
          markers={markers}
          endLabels={ends}
        />
        {key}
      </>
    );
  }
  const chart = (
    <ComposedChart data={data.rows} margin={{ ...MARGIN, right }} accessibilityLayer {...chartName} width={width} height={width ? height : undefined}>
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: INK, fontSize: 13 }} interval="preserveStartEnd" minTickGap={16} height={X_AXIS_HEIGHT} />
      <YAxis
        tick={{ fill: INK, fontSize: 13 }}
        tickFormatter={(value: number) => `${formatNumber(value, decimals)}${unitSuffix}`}
        width={Y_AXIS_WIDTH}
        domain={scale?.domain ?? ['auto', 'auto']}
        ticks={scale?.ticks}
        allowDataOverflow={false}
        label={{ value: axisTitle, angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle', fill: INK, fontSize: 13 } }}
      />
      <Tooltip trigger={TOOLTIP_TRIGGER} formatter={(value, name) => [format(value), name]} contentStyle={{ border: `2px solid ${INK}`, borderRadius: 0 }} />
      {data.eventMarkers.map((marker) => (
        <ReferenceLine key={marker.monthLabel} x={marker.monthLabel} stroke={EVENT_RULE} strokeDasharray="2 4" label={{ value: marker.numbers, position: 'top', fill: INK, fontSize: 12, fontWeight: 700 }} />
      ))}
      {lines.map((line) => {
        const style = LINE_STYLES[line.role];
        return line.role === 'value' ? (
          <Line key={line.key} className={`chart-line-${line.role}`} type="linear" dataKey="value" name={line.label} stroke={style.colour} strokeWidth={style.width} dot={<RagDot />} activeDot={{ r: 7 }} isAnimationActive={false} connectNulls={false} />
        ) : (
          <Line key={line.key} className={`chart-line-${line.role}`} type={line.step ? 'stepAfter' : 'linear'} dataKey={line.key} name={line.label} stroke={style.colour} strokeDasharray={style.dash || undefined} strokeWidth={style.width} dot={false} isAnimationActive={false} connectNulls={false} />
        );
      })}
      {lastX !== undefined &&
        labels.map((label) => (
          <ReferenceDot
            key={label.key}
            x={lastX}
            y={toValue(label.labelY)}
            ifOverflow="visible"
            shape={({ cx, cy }: { cx?: number; cy?: number }) =>
              cx === undefined || cy === undefined ? <g /> : (
                <g className="line-end-label">
                  <path d={`M${cx + 2},${cy + (label.lineY - label.labelY)}L${cx + 8},${cy}`} stroke={LINE_STYLES[lines.find((line) => line.key === label.key)!.role].colour} strokeWidth={1} fill="none" />
                  <text x={cx + 10} y={cy} dy={4} fontSize={LABEL_FONT} fontWeight={700} fill={LINE_STYLES[lines.find((line) => line.key === label.key)!.role].colour}>
                    {label.label}
                  </text>
                </g>
              )
            }
          />
        ))}
    </ComposedChart>
  );
  if (width !== undefined)
    return (
      <>
        {chart}
        {key}
      </>
    );
  return (
    <>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 700, height }}>
        {chart}
      </ResponsiveContainer>
      {key}
    </>
  );
});
