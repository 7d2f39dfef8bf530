// A line chart as plain SVG, for the page as drawn at publication: readable with no script, and
// replaced by the interactive chart once the page is hydrated. It draws what it is given.
import type { ReactNode } from 'react';
import { lineChartGeometry } from '../domain/present/lineChartGeometry';
import { endLabelRoom, lineEndLabels } from '../domain/present/lineEndLabels';
import { EVENT_RULE, GRID, INK } from './palette';

export interface StaticLine {
  key: string;
  name: string;
  /** What the line is (value, target, mean, limit...): its class, chart-line-<role>, which forced-colour themes style. */
  role?: string;
  stroke: string;
  dash?: string;
  width?: number;
  step?: boolean;
  /** A mark at each point (RAG shapes), given the point and the row's index. */
  dot?: (point: { x: number; y: number }, index: number) => ReactNode;
}

const WIDTH = 700;
const MARGIN = { top: 24, right: 24, bottom: 56, left: 72 };
const LEGEND = { itemWidth: 200, rowHeight: 20 };

export function StaticLineChart({
  rows,
  lines,
  height,
  label,
  formatTick,
  ticks,
  axisTitle,
  legend = true,
  markers = [],
  endLabels = [],
}: {
  rows: readonly { label: string }[];
  lines: readonly StaticLine[];
  height: number;
  label: string;
  formatTick: (value: number) => string;
  /** The y axis's ticks when the scale is worked out beforehand (present/chartScale). */
  ticks?: readonly number[];
  /** Written up the y axis: what is counted, in what unit. */
  axisTitle?: string;
  /** False when the key is written under the chart in HTML (LineKey). */
  legend?: boolean;
  /** Numbered rules at rows (events). */
  markers?: readonly { index: number; label: string }[];
  /** Lines named at their right-hand end, as the interactive chart names them (present/lineEndLabels). */
  endLabels?: readonly { key: string; label: string }[];
}) {
  const values = lines.map((line) => ({ values: rows.map((row) => valueOf(row, line.key)), step: line.step }));
  const margin = { ...MARGIN, left: axisTitle ? MARGIN.left + 20 : MARGIN.left, bottom: legend ? MARGIN.bottom : 32, right: endLabels.length > 0 ? Math.max(MARGIN.right, endLabelRoom(endLabels)) : MARGIN.right };
  const geometry = lineChartGeometry(rows.length, values, { width: WIDTH, height, margin }, 72, ticks);
  const lastRow = rows[rows.length - 1];
  const yTicks = geometry.yTicks.map((tick) => tick.value);
  const placed =
    lastRow && yTicks.length >= 2
      ? lineEndLabels(
          endLabels.map((line) => ({ ...line, value: valueOf(lastRow, line.key) })),
          { domain: [yTicks[0]!, yTicks[yTicks.length - 1]!], ticks: yTicks },
          height - margin.top - margin.bottom,
        )
      : [];
  const bottom = height - margin.bottom;
  const perRow = Math.max(1, Math.floor((WIDTH - margin.left) / LEGEND.itemWidth));
  const total = legend ? height + (Math.ceil(lines.length / perRow) - 1) * LEGEND.rowHeight : height;
  const band = rows.length > 0 ? (WIDTH - margin.left - margin.right) / rows.length : 0;
  return (
    <svg className="static-chart" viewBox={`0 0 ${WIDTH} ${total}`} width="100%" role="img" aria-label={label} style={{ display: 'block', maxWidth: '100%', height: 'auto' }}>
      <g fontSize={13} fill={INK}>
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line className="chart-grid" x1={margin.left} x2={WIDTH - margin.right} y1={tick.y} y2={tick.y} stroke={GRID} />
            <text x={margin.left - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {formatTick(tick.value)}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick) => (
          <text key={tick.index} x={tick.x} y={bottom + 20} textAnchor="middle">
            {rows[tick.index]!.label}
          </text>
        ))}
        {axisTitle && (
          <text transform={`translate(14 ${(margin.top + bottom) / 2}) rotate(-90)`} textAnchor="middle">
            {axisTitle}
          </text>
        )}
        {markers.map((marker) => {
          const x = Math.round((margin.left + band * (marker.index + 0.5)) * 10) / 10;
          return (
            <g key={marker.index}>
              <line x1={x} x2={x} y1={margin.top} y2={bottom} stroke={EVENT_RULE} strokeDasharray="2 4" />
              <text x={x} y={margin.top - 6} textAnchor="middle" fontSize={12} fontWeight={700}>
                {marker.label}
              </text>
            </g>
          );
        })}
      </g>
      {lines.map((line, index) => (
        <g key={line.key} className={line.role ? `chart-line-${line.role}` : undefined}>
          {geometry.lines[index]!.segments.map((path) => (
            <path key={path} d={path} fill="none" stroke={line.stroke} strokeWidth={line.width ?? 2} strokeDasharray={line.dash} />
          ))}
          {line.dot && geometry.lines[index]!.points.map((point, row) => point && <g key={row}>{line.dot!(point, row)}</g>)}
        </g>
      ))}
      {placed.map((label) => {
        const stroke = lines.find((line) => line.key === label.key)?.stroke ?? INK;
        const x = WIDTH - margin.right;
        return (
          <g key={label.key} className="line-end-label">
            <path d={`M${x + 2},${margin.top + label.lineY}L${x + 8},${margin.top + label.labelY}`} stroke={stroke} strokeWidth={1} fill="none" />
            <text x={x + 10} y={margin.top + label.labelY} dy={4} fontSize={12} fontWeight={700} fill={stroke}>
              {label.label}
            </text>
          </g>
        );
      })}
      {legend && (
      <g fontSize={13} fill={INK}>
        {lines.map((line, index) => {
          const x = margin.left + (index % perRow) * LEGEND.itemWidth;
          const y = height - 12 + Math.floor(index / perRow) * LEGEND.rowHeight;
          return (
            <g key={line.key} className={line.role ? `chart-line-${line.role}` : undefined}>
              <line x1={x} x2={x + 24} y1={y} y2={y} stroke={line.stroke} strokeWidth={line.width ?? 2} strokeDasharray={line.dash} />
              <text x={x + 30} y={y} dominantBaseline="middle">
                {line.name}
              </text>
            </g>
          );
        })}
      </g>
      )}
    </svg>
  );
}

function valueOf(row: object, key: string): number | null {
  const value = (row as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
}
