// Horizontal bars (stacked when a row has several parts) as plain SVG, for the page as drawn at
// publication: readable with no script, replaced by the interactive chart once hydrated.
import type { ReactNode } from 'react';
import { niceTicks } from '../domain/present/lineChartGeometry';
import { GRID, INK, WHITE } from './palette';

export interface StaticBarRow {
  key: string;
  label: string;
  bold?: boolean;
  parts: { key: string; value: number | null; fill: string }[];
  /** Written at the end of the bar: its figure, or why there is none. */
  note?: string;
}

const WIDTH = 700;
const MARGIN = { top: 28, right: 72, bottom: 28, left: 8 };

export function StaticBarChart({ rows, labelWidth, rowHeight, max, reference, formatTick, label, legend, defs }: { rows: readonly StaticBarRow[]; labelWidth: number; rowHeight: number; max?: number; reference?: { value: number; label: string }; formatTick: (value: number) => string; label: string; legend?: { name: string; fill: string }[]; /** Patterns the parts' fills use (url(#...)), drawn inside this SVG. */ defs?: ReactNode }) {
  const totals = rows.map((row) => row.parts.reduce((sum, part) => sum + (part.value ?? 0), 0));
  const ticks = niceTicks([0, max ?? Math.max(0, ...totals, reference?.value ?? 0)]);
  const high = max ?? ticks[ticks.length - 1]!;
  const left = MARGIN.left + labelWidth;
  const plotWidth = WIDTH - left - MARGIN.right;
  const x = (value: number) => Math.round((left + (plotWidth * value) / high) * 10) / 10;
  const legendHeight = legend ? 24 : 0;
  const height = MARGIN.top + rows.length * rowHeight + MARGIN.bottom + legendHeight;
  const bottom = MARGIN.top + rows.length * rowHeight;
  return (
    <svg className="static-chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={label} style={{ display: 'block', maxWidth: '100%', height: 'auto' }}>
      {defs}
      <g fontSize={13} fill={INK}>
        {ticks.filter((tick) => tick <= high).map((tick) => (
          <g key={tick}>
            <line className="chart-grid" x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={bottom} stroke={GRID} />
            <text x={x(tick)} y={bottom + 18} textAnchor="middle">
              {formatTick(tick)}
            </text>
          </g>
        ))}
      </g>
      {rows.map((row, index) => {
        const y = MARGIN.top + index * rowHeight;
        let start = 0;
        return (
          <g key={row.key}>
            <text x={left - 8} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle" fontSize={13} fontWeight={row.bold ? 700 : 400} fill={INK}>
              {row.label}
            </text>
            {row.parts.map((part) => {
              if (part.value === null || part.value <= 0) return null;
              const from = start;
              start += part.value;
              return <rect key={part.key} x={x(from)} y={y + 4} width={Math.max(0, x(start) - x(from))} height={rowHeight - 8} fill={part.fill} stroke={WHITE} />;
            })}
            {row.note && (
              <text x={x(start) + 6} y={y + rowHeight / 2} dominantBaseline="middle" fontSize={13} fill={INK} fontStyle={totals[index] ? undefined : 'italic'}>
                {row.note}
              </text>
            )}
          </g>
        );
      })}
      {reference && (
        <g>
          <line x1={x(reference.value)} x2={x(reference.value)} y1={MARGIN.top - 4} y2={bottom} stroke={INK} strokeWidth={2} strokeDasharray="6 4" />
          <text x={x(reference.value)} y={MARGIN.top - 10} textAnchor="middle" fontSize={13} fontWeight={700} fill={INK}>
            {reference.label}
          </text>
        </g>
      )}
      {legend && (
        <g fontSize={13} fill={INK}>
          {legend.map((item, index) => (
            <g key={item.name}>
              <rect x={left + index * 110} y={height - 18} width={12} height={12} fill={item.fill} />
              <text x={left + index * 110 + 16} y={height - 12} dominantBaseline="middle">
                {item.name}
              </text>
            </g>
          ))}
        </g>
      )}
    </svg>
  );
}
