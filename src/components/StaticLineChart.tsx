// A line chart as plain SVG, for the page as drawn at publication: readable with no script, and
// replaced by the interactive chart once the page is hydrated. It draws what it is given.
import type { ReactNode } from 'react';
import { lineChartGeometry } from '../domain/present/lineChartGeometry';

export interface StaticLine {
  key: string;
  name: string;
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

export function StaticLineChart({ rows, lines, height, label, formatTick }: { rows: readonly { label: string }[]; lines: readonly StaticLine[]; height: number; label: string; formatTick: (value: number) => string }) {
  const values = lines.map((line) => ({ values: rows.map((row) => valueOf(row, line.key)), step: line.step }));
  const geometry = lineChartGeometry(rows.length, values, { width: WIDTH, height, margin: MARGIN });
  const bottom = height - MARGIN.bottom;
  const perRow = Math.max(1, Math.floor((WIDTH - MARGIN.left) / LEGEND.itemWidth));
  const total = height + (Math.ceil(lines.length / perRow) - 1) * LEGEND.rowHeight;
  return (
    <svg className="static-chart" viewBox={`0 0 ${WIDTH} ${total}`} width="100%" role="img" aria-label={label} style={{ display: 'block', maxWidth: '100%', height: 'auto' }}>
      <g fontSize={13} fill="#0b0c0c">
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={tick.y} y2={tick.y} stroke="#dcdcdc" />
            <text x={MARGIN.left - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {formatTick(tick.value)}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick) => (
          <text key={tick.index} x={tick.x} y={bottom + 20} textAnchor="middle">
            {rows[tick.index]!.label}
          </text>
        ))}
      </g>
      {lines.map((line, index) => (
        <g key={line.key}>
          {geometry.lines[index]!.segments.map((path) => (
            <path key={path} d={path} fill="none" stroke={line.stroke} strokeWidth={line.width ?? 2} strokeDasharray={line.dash} />
          ))}
          {line.dot && geometry.lines[index]!.points.map((point, row) => point && <g key={row}>{line.dot!(point, row)}</g>)}
        </g>
      ))}
      <g fontSize={13} fill="#0b0c0c">
        {lines.map((line, index) => {
          const x = MARGIN.left + (index % perRow) * LEGEND.itemWidth;
          const y = height - 12 + Math.floor(index / perRow) * LEGEND.rowHeight;
          return (
            <g key={line.key}>
              <line x1={x} x2={x + 24} y1={y} y2={y} stroke={line.stroke} strokeWidth={line.width ?? 2} strokeDasharray={line.dash} />
              <text x={x + 30} y={y} dominantBaseline="middle">
                {line.name}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

function valueOf(row: object, key: string): number | null {
  const value = (row as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
}
