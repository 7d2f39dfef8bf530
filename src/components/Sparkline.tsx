import { memo } from 'react';
import type { RagStatus } from '../domain/rag';

export interface SparkPoint {
  month: string;
  value: number | null | undefined;
  rag?: RagStatus;
}

/**
 * A small line of recent months, drawn as plain SVG (no chart library on the Overview). Gaps
 * stay gaps: a month with no figure breaks the line. The label says what it shows in words.
 */
export const Sparkline = memo(function Sparkline({ points, label, target }: { points: readonly SparkPoint[]; label: string; target?: number }) {
  const width = 160;
  const height = 40;
  const pad = 4;
  const values = points.map((point) => point.value).filter((value): value is number => typeof value === 'number');
  if (values.length === 0) return null;
  const all = target === undefined ? values : [...values, target];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const x = (index: number) => pad + (points.length === 1 ? (width - 2 * pad) / 2 : (index * (width - 2 * pad)) / (points.length - 1));
  const y = (value: number) => pad + ((max - value) * (height - 2 * pad)) / (max - min);
  const segments: string[] = [];
  let current = '';
  points.forEach((point, index) => {
    if (typeof point.value === 'number') {
      current += `${current ? 'L' : 'M'}${x(index).toFixed(1)},${y(point.value).toFixed(1)}`;
    } else if (current) {
      segments.push(current);
      current = '';
    }
  });
  if (current) segments.push(current);
  const lastIndex = points.findLastIndex((point) => typeof point.value === 'number');
  const last = points[lastIndex];
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      {target !== undefined && <line className="sparkline-target" x1={pad} x2={width - pad} y1={y(target)} y2={y(target)} />}
      {segments.map((path) => (
        <path key={path} d={path} className="sparkline-line" />
      ))}
      {last && typeof last.value === 'number' && <circle cx={x(lastIndex)} cy={y(last.value)} r={3.5} className="sparkline-last" />}
    </svg>
  );
});
