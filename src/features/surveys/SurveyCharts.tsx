// The Surveys page's charts. Each has one y-axis, titled with its unit; the people counts are in
// the returns table. Answers run in the scale's order (Strongly agree ... Strongly disagree), agree
// in blues and disagree in reds from the palette, and statements are written in full, wrapped
// onto as many lines as they need. Never animated.
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { StaticBarChart } from '../../components/StaticBarChart';
import { StaticLineChart } from '../../components/StaticLineChart';
import { useHydrated } from '../../components/useHydrated';
import { useChartName } from '../../components/chartName';
import { AnswerKey, AnswerPatternDefs, answerFill } from '../../components/AnswerPatterns';
import { AGREE_COLOURS, DISAGREE_COLOURS, GRID, INK, LINE_STYLES, NEUTRAL_ANSWER, OTHER_ANSWERS, SURVEY_RATE, WHITE } from '../../components/palette';
import { formatNumber } from '../../domain/format';
import { answerSide, wrapLabel } from '../../domain/present/surveyAnswers';
import { TOOLTIP_TRIGGER } from '../../components/chartTooltip';

const TOOLTIP = { border: `2px solid ${INK}`, borderRadius: 0 };

/**
 * Each survey's target: a dashed bar across its column, so it reads without the key, and its words
 * once for each run of surveys with the same target (the model's `targetLabel`), above the line
 * at the run's first column, haloed in white so a bar or its label under them never hides them.
 */
function TargetMark({ cx, cy, payload }: { cx?: number; cy?: number; payload?: { target?: unknown; targetLabel?: string } }) {
  if (cx === undefined || cy === undefined || typeof payload?.target !== 'number') return null;
  const style = LINE_STYLES.target;
  return (
    <g>
      <line x1={cx - 48} x2={cx + 48} y1={cy} y2={cy} stroke={style.colour} strokeWidth={3} strokeDasharray={style.dash} />
      {payload.targetLabel && (
        <text x={cx} y={cy} dy={-8} textAnchor="middle" fill={INK} fontSize={13} fontWeight={700} stroke={WHITE} strokeWidth={4} paintOrder="stroke" strokeLinejoin="round">
          {payload.targetLabel}
        </text>
      )}
    </g>
  );
}

export function ResponseRateChart({ rows }: { rows: { label: string; rate: number | null; target: number | null; targetLabel?: string }[] }) {
  const target = LINE_STYLES.target;
  const hydrated = useHydrated();
  const chartName = useChartName();
  if (!hydrated) {
    // As drawn at publication (recharts draws nothing on the server): the response rate in the
    // rate's colour and its target in the target's dash pattern, on the same 0-100% axis.
    const lines = [
      { key: 'target', name: 'Target (%)', role: 'target', stroke: target.colour, width: target.width, dash: target.dash, step: true },
      { key: 'rate', name: 'Response rate (%)', stroke: SURVEY_RATE, width: 3, dot: (point: { x: number; y: number }) => <circle cx={point.x} cy={point.y} r={4} fill={SURVEY_RATE} /> },
    ];
    return <StaticLineChart rows={rows} lines={lines} height={300} label="Response rate by survey" ticks={[0, 25, 50, 75, 100]} axisTitle="Response rate (%)" formatTick={(value) => `${value}%`} />;
  }
  return (
    <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 700, height: 300 }}>
      <ComposedChart data={rows} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer {...chartName}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" tick={{ fill: INK, fontSize: 13 }} />
        <YAxis
          tick={{ fill: INK, fontSize: 13 }}
          tickFormatter={(value: number) => `${value}%`}
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          width={72}
          label={{ value: 'Response rate (%)', angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle', fill: INK, fontSize: 13 } }}
        />
        <Tooltip trigger={TOOLTIP_TRIGGER} contentStyle={TOOLTIP} formatter={(value, name) => [typeof value === 'number' ? `${formatNumber(value, 1)}%` : '–', name]} />
        <Legend wrapperStyle={{ fontSize: 14, color: INK }} itemSorter={null} />
        <Bar dataKey="rate" name="Response rate (%)" fill={SURVEY_RATE} maxBarSize={120} isAnimationActive={false}>
          <LabelList dataKey="rate" position="top" fill={INK} fontSize={13} formatter={(value: unknown) => (typeof value === 'number' ? `${formatNumber(value, 1)}%` : '')} />
        </Bar>
        <Line className="chart-line-target" dataKey="target" name="Target (%)" stroke={target.colour} strokeDasharray={target.dash} strokeWidth={target.width} dot={<TargetMark />} activeDot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** Blues for agree (darkest at the strong end), grey for neither, reds for disagree. */
function answerColours(answers: readonly string[]): string[] {
  const agree = answers.filter((answer) => answerSide(answer) === 'agree').length;
  let agreeSeen = 0;
  let disagreeSeen = 0;
  let otherSeen = 0;
  const disagree = answers.filter((answer) => answerSide(answer) === 'disagree').length;
  return answers.map((answer) => {
    const side = answerSide(answer);
    if (side === 'agree') return AGREE_COLOURS[Math.min(AGREE_COLOURS.length - 1, Math.round((agreeSeen++ * (AGREE_COLOURS.length - 1)) / Math.max(1, agree - 1)))]!;
    if (side === 'disagree') return DISAGREE_COLOURS[Math.min(DISAGREE_COLOURS.length - 1, Math.round((disagreeSeen++ * (DISAGREE_COLOURS.length - 1)) / Math.max(1, disagree - 1)))]!;
    if (side === 'neutral') return NEUTRAL_ANSWER;
    return OTHER_ANSWERS[otherSeen++ % OTHER_ANSWERS.length]!;
  });
}

const LINE_HEIGHT = 15;

export function StatementChart({ statements, answers }: { statements: { text: string; responses: Record<string, number> }[]; answers: string[] }) {
  const [measured, setMeasured] = useState<number>(700);
  const chartName = useChartName();
  const patterns = useId();
  // The statements take up to 40% of the width, wrapped at about 6.5 pixels a character.
  const axisWidth = Math.min(300, Math.max(120, Math.round(measured * 0.4)));
  const wrapped = statements.map((statement) => wrapLabel(statement.text, Math.floor((axisWidth - 12) / 6.5)));
  const rowHeight = Math.max(40, ...wrapped.map((lines) => lines.length * LINE_HEIGHT + 14));
  const height = 90 + statements.length * rowHeight;
  const rows = statements.map((statement, index) => ({ label: String(index), ...statement.responses }));
  const colours = answerColours(answers);
  const Tick = ({ x = 0, y = 0, payload }: { x?: number; y?: number; payload?: { value: string } }) => {
    const lines = wrapped[Number(payload?.value ?? 0)] ?? [];
    return (
      <text x={x - 6} y={y - ((lines.length - 1) * LINE_HEIGHT) / 2} dy={4} textAnchor="end" fill={INK} fontSize={12}>
        {lines.map((line, index) => (
          <tspan key={index} x={x - 6} dy={index === 0 ? 4 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
  const hydrated = useHydrated();
  if (!hydrated) {
    const bars = statements.map((statement, index) => ({ key: String(index), label: statement.text.length > 48 ? `${statement.text.slice(0, 46)}…` : statement.text, parts: answers.map((answer, part) => ({ key: answer, value: statement.responses[answer] ?? null, fill: answerFill(patterns, part) })) }));
    return (
      <>
        <AnswerKey prefix={patterns} answers={answers} />
        <StaticBarChart rows={bars} labelWidth={300} rowHeight={44} max={100} formatTick={(value) => `${value}%`} label="Answers to each statement" defs={<AnswerPatternDefs prefix={patterns} colours={colours} />} />
      </>
    );
  }
  return (
    <>
      <AnswerKey prefix={patterns} answers={answers} />
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 700, height }} onResize={(width) => setMeasured(width)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }} accessibilityLayer {...chartName}>
          <AnswerPatternDefs prefix={patterns} colours={colours} />
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fill: INK, fontSize: 12 }}
            height={40}
            label={{ value: 'Share of those who answered (%)', position: 'insideBottom', offset: 0, style: { fill: INK, fontSize: 13 } }}
          />
          <YAxis type="category" dataKey="label" width={axisWidth} tick={<Tick />} interval={0} />
          <Tooltip trigger={TOOLTIP_TRIGGER} contentStyle={TOOLTIP} labelFormatter={(label) => statements[Number(label)]?.text ?? ''} formatter={(value, name) => [`${String(value)}%`, name]} />
          {answers.map((answer, index) => (
            <Bar key={answer} dataKey={answer} name={answer} stackId="answers" fill={answerFill(patterns, index)} stroke={WHITE} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </>
  );
}
