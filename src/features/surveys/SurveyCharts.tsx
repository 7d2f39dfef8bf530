import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { StaticBarChart } from '../../components/StaticBarChart';
import { StaticLineChart } from '../../components/StaticLineChart';
import { useHydrated } from '../../components/useHydrated';
import { useReducedMotion } from '../../components/useReducedMotion';

// Diverging scale for agree/disagree: dark blue to dark red, each 3:1 or more on white, with
// a pattern of light and dark so neighbours differ in lightness as well as hue.
const ANSWER_COLOURS = ['#0c2d4a', '#1d70b8', '#5694ca', '#d4351c', '#942514', '#2a0b06'];

export function ResponseRateChart({ rows }: { rows: { label: string; rate: number | null; target: number | null; started: number | null; completed: number | null }[] }) {
  const animate = !useReducedMotion();
  const hydrated = useHydrated();
  if (!hydrated) {
    // As drawn at publication: the response rate and its target (the counts are in the table).
    const lines = [
      { key: 'target', name: 'Target (%)', stroke: '#b35900', dash: '6 3', step: true },
      { key: 'rate', name: 'Response rate (%)', stroke: '#0b0c0c', width: 3, dot: (point: { x: number; y: number }) => <circle cx={point.x} cy={point.y} r={4} fill="#0b0c0c" /> },
    ];
    return <StaticLineChart rows={rows} lines={lines} height={300} label="Response rate by survey" formatTick={(value) => `${value}%`} />;
  }
  return (
    <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 700, height: 300 }}>
      <ComposedChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
        <CartesianGrid stroke="#dcdcdc" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: '#0b0c0c', fontSize: 13 }} />
        <YAxis yAxisId="rate" tick={{ fill: '#0b0c0c', fontSize: 13 }} tickFormatter={(value: number) => `${value}%`} domain={[0, 100]} />
        <YAxis yAxisId="people" orientation="right" tick={{ fill: '#0b0c0c', fontSize: 13 }} />
        <Tooltip contentStyle={{ border: '2px solid #0b0c0c', borderRadius: 0 }} />
        <Legend wrapperStyle={{ fontSize: 14, color: '#0b0c0c' }} />
        <Bar yAxisId="people" dataKey="started" name="Started (people)" fill="#5694ca" isAnimationActive={animate} />
        <Bar yAxisId="people" dataKey="completed" name="Completed (people)" fill="#0c2d4a" isAnimationActive={animate} />
        <Line yAxisId="rate" dataKey="rate" name="Response rate (%)" stroke="#0b0c0c" strokeWidth={3} isAnimationActive={animate} />
        <Line yAxisId="rate" dataKey="target" name="Target (%)" stroke="#b35900" strokeDasharray="6 3" strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export function StatementChart({ statements, answers }: { statements: { text: string; responses: Record<string, number> }[]; answers: string[] }) {
  const animate = !useReducedMotion();
  const hydrated = useHydrated();
  const rows = statements.map((statement) => ({ label: statement.text.length > 48 ? `${statement.text.slice(0, 46)}…` : statement.text, ...statement.responses }));
  if (!hydrated) {
    const bars = rows.map((row, index) => ({ key: String(index), label: row.label, parts: answers.map((answer, part) => ({ key: answer, value: statements[index]!.responses[answer] ?? null, fill: ANSWER_COLOURS[part % ANSWER_COLOURS.length]! })) }));
    return <StaticBarChart rows={bars} labelWidth={300} rowHeight={44} max={100} formatTick={(value) => `${value}%`} label="Answers to each statement" legend={answers.map((answer, index) => ({ name: answer, fill: ANSWER_COLOURS[index % ANSWER_COLOURS.length]! }))} />;
  }
  return (
    <ResponsiveContainer width="100%" height={60 + statements.length * 44} initialDimension={{ width: 700, height: 60 + statements.length * 44 }}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }} accessibilityLayer>
        <CartesianGrid stroke="#dcdcdc" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} tick={{ fill: '#0b0c0c', fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={260} tick={{ fill: '#0b0c0c', fontSize: 12 }} />
        <Tooltip contentStyle={{ border: '2px solid #0b0c0c', borderRadius: 0 }} formatter={(value, name) => [`${String(value)}%`, name]} />
        <Legend wrapperStyle={{ fontSize: 13, color: '#0b0c0c' }} />
        {answers.map((answer, index) => (
          <Bar key={answer} dataKey={answer} name={answer} stackId="answers" fill={ANSWER_COLOURS[index % ANSWER_COLOURS.length]} stroke="#fff" isAnimationActive={animate} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
