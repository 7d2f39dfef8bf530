// A breakdown as small multiples: one small chart per team on one shared scale (from
// domain/present/smallMultiples), the team in a solid black line and the overall figure dashed
// grey behind it, and the target dashed black where the indicator has one. Each panel is an image
// with its own words; the breakdown table holds the numbers.
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../domain/format';
import type { SmallMultipleRow, SmallMultiples as Panels } from '../domain/present/smallMultiples';
import { lineChartGeometry } from '../domain/present/lineChartGeometry';
import { GRID, INK, LINE_STYLES } from './palette';
import { useHydrated } from './useHydrated';

const HEIGHT = 170;

export const SmallMultiples = memo(function SmallMultiples({
  multiples,
  overallName,
  unitSuffix,
  decimals,
  panelWidth,
  panelHeight = HEIGHT,
}: {
  multiples: Panels;
  /** What the reference line is called: "All teams". */
  overallName: string;
  unitSuffix: string;
  decimals: number;
  /** Fixed panel width (print, without month labels); otherwise each panel fills its grid cell. */
  panelWidth?: number;
  panelHeight?: number;
}) {
  const { panels, scale, hasTarget } = multiples;
  const hydrated = useHydrated();
  const format = (value: number) => `${formatNumber(value, decimals)}${unitSuffix}`;
  const team = LINE_STYLES.team;
  const overall = LINE_STYLES.overall;
  const target = LINE_STYLES.target;
  return (
    <div className="small-multiples">
      <ul className="small-multiples-grid">
        {panels.map((panel) => {
          const first = panel.rows.find((row) => row.team !== null);
          const lastOverall = [...panel.rows].reverse().find((row) => row.overall !== null);
          const lastTarget = hasTarget ? [...panel.rows].reverse().find((row) => row.target !== null) : undefined;
          const description = `${panel.team}: ${first && panel.latest ? `from ${format(first.team!)} in ${first.label} to ${format(panel.latest.value)} in ${panel.latest.monthLabel}` : 'no figures'}${lastOverall ? `; ${overallName.toLowerCase()} ${format(lastOverall.overall!)} in ${lastOverall.label}` : ''}${lastTarget ? `; target ${format(lastTarget.target!)}` : ''}.`;
          const firstLabel = panel.rows[0]?.label ?? '';
          const chart = (
            <LineChart data={panel.rows} margin={{ top: 8, right: 22, bottom: 0, left: 0 }} accessibilityLayer={false} width={panelWidth} height={panelWidth ? panelHeight : undefined}>
              <CartesianGrid stroke={GRID} vertical={false} />
              {panelWidth === undefined ? (
                <XAxis
                  dataKey="label"
                  tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value: unknown } }) => <EndTick x={Number(x)} y={Number(y)} label={String(payload.value)} first={payload.value === firstLabel} />}
                  ticks={[firstLabel, panel.rows[panel.rows.length - 1]?.label ?? '']}
                  interval={0}
                  height={22}
                />
              ) : (
                // Too narrow for month names: the caption says which months the panels cover.
                <XAxis dataKey="label" tick={false} height={4} />
              )}
              <YAxis tick={{ fill: INK, fontSize: 11 }} width={40} domain={scale?.domain ?? ['auto', 'auto']} ticks={scale?.ticks} tickFormatter={(value: number) => format(value)} />
              {hasTarget && <Line dataKey="target" name="Target" type="stepAfter" stroke={target.colour} strokeWidth={1.5} strokeDasharray={target.dash} dot={false} isAnimationActive={false} connectNulls={false} />}
              <Line dataKey="overall" name={overallName} stroke={overall.colour} strokeWidth={overall.width} strokeDasharray={overall.dash} dot={false} isAnimationActive={false} connectNulls={false} />
              <Line dataKey="team" name={panel.team} stroke={team.colour} strokeWidth={team.width} dot={false} isAnimationActive={false} connectNulls={false} />
            </LineChart>
          );
          return (
            <li key={panel.key} className="small-multiple">
              <p className="small-multiple-title">
                {panel.team}
                {panel.latest && <span className="small-multiple-latest"> {format(panel.latest.value)}</span>}
              </p>
              <div role="img" aria-label={description} className="small-multiple-chart">
                {!hydrated ? (
                  // As drawn at publication (recharts draws nothing on the server): the same two lines as plain SVG.
                  <StaticPanel rows={panel.rows} ticks={scale?.ticks} height={panelHeight} format={format} hasTarget={hasTarget} />
                ) : panelWidth !== undefined ? (
                  chart
                ) : (
                  <ResponsiveContainer width="100%" height={panelHeight} initialDimension={{ width: 260, height: panelHeight }}>
                    {chart}
                  </ResponsiveContainer>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <ul className="line-key-list" aria-hidden="true">
        <li>
          <svg width="36" height="12" viewBox="0 0 36 12" focusable="false">
            <line x1="1" x2="35" y1="6" y2="6" stroke={team.colour} strokeWidth={team.width} />
          </svg>
          The team
        </li>
        <li>
          <svg width="36" height="12" viewBox="0 0 36 12" focusable="false">
            <line x1="1" x2="35" y1="6" y2="6" stroke={overall.colour} strokeWidth={overall.width} strokeDasharray={overall.dash} />
          </svg>
          {overallName}
        </li>
        {hasTarget && (
          <li>
            <svg width="36" height="12" viewBox="0 0 36 12" focusable="false">
              <line x1="1" x2="35" y1="6" y2="6" stroke={target.colour} strokeWidth={1.5} strokeDasharray={target.dash} />
            </svg>
            Target
          </li>
        )}
      </ul>
    </div>
  );
});

/**
 * A month under the panel: the first written from the panel's left edge, the last ending at its
 * right (recharts centres a tick on its point, and a panel's last month ran past the edge:
 * "Mar 2019" as "Mar 201").
 */
function EndTick({ x, y, label, first }: { x: number; y: number; label: string; first: boolean }) {
  return (
    <text x={x} y={y} dy={11} fill={INK} fontSize={11} textAnchor={first ? 'start' : 'end'}>
      {label}
    </text>
  );
}

const PANEL_WIDTH = 260;
const PANEL_MARGIN = { top: 8, right: 22, bottom: 22, left: 40 };

function StaticPanel({ rows, ticks, height, format, hasTarget }: { rows: readonly SmallMultipleRow[]; ticks?: readonly number[]; height: number; format: (value: number) => string; hasTarget: boolean }) {
  // The target behind, then all teams, then the team on top, as the interactive panel draws them.
  const series = [...(hasTarget ? [{ values: rows.map((row) => row.target), step: true }] : []), { values: rows.map((row) => row.overall) }, { values: rows.map((row) => row.team) }];
  const geometry = lineChartGeometry(rows.length, series, { width: PANEL_WIDTH, height, margin: PANEL_MARGIN }, 200, ticks);
  const styles = [...(hasTarget ? [{ ...LINE_STYLES.target, width: 1.5 }] : []), LINE_STYLES.overall, LINE_STYLES.team];
  const last = rows.length - 1;
  return (
    <svg className="static-chart" viewBox={`0 0 ${PANEL_WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false" style={{ display: 'block', maxWidth: '100%', height: 'auto' }}>
      <g fontSize={11} fill={INK}>
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={PANEL_MARGIN.left} x2={PANEL_WIDTH - PANEL_MARGIN.right} y1={tick.y} y2={tick.y} stroke={GRID} />
            <text x={PANEL_MARGIN.left - 4} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {format(tick.value)}
            </text>
          </g>
        ))}
        {last >= 0 && (
          <>
            <text x={PANEL_MARGIN.left} y={height - 6}>{rows[0]!.label}</text>
            {last > 0 && <text x={PANEL_WIDTH - PANEL_MARGIN.right} y={height - 6} textAnchor="end">{rows[last]!.label}</text>}
          </>
        )}
      </g>
      {geometry.lines.map((line, index) =>
        line.segments.map((path) => <path key={`${index}-${path}`} d={path} fill="none" stroke={styles[index]!.colour} strokeWidth={styles[index]!.width} strokeDasharray={styles[index]!.dash || undefined} />),
      )}
    </svg>
  );
}
