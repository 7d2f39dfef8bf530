import { memo } from 'react';
import type { RagStatus } from '../domain/board/rag';
import { SPARKLINE, sparklineGeometry } from '../domain/present/sparkline';

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
  const geometry = sparklineGeometry(points.map((point) => point.value), target);
  if (!geometry) return null;
  const { width, height, pad } = SPARKLINE;
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      {geometry.targetY !== undefined && <line className="sparkline-target" x1={pad} x2={width - pad} y1={geometry.targetY} y2={geometry.targetY} />}
      {geometry.segments.map((path) => (
        <path key={path} d={path} className="sparkline-line" />
      ))}
      {geometry.last && <circle cx={geometry.last.x} cy={geometry.last.y} r={3.5} className="sparkline-last" />}
    </svg>
  );
});
