// The key to a chart's lines, each with a sample of its dash pattern, written under the chart in
// HTML (so it wraps on a phone and prints in grey as drawn).
import type { ChartLine } from '../domain/present/chartLines';
import { LINE_STYLES } from './palette';

export function LineKey({ lines, omittedNote }: { lines: readonly ChartLine[]; omittedNote?: string | undefined }) {
  return (
    <div className="line-key">
      <ul className="line-key-list">
        {lines.map((line) => {
          const style = LINE_STYLES[line.role];
          return (
            <li key={line.key}>
              <svg className={`chart-line-${line.role}`} width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
                <line x1="1" x2="35" y1="6" y2="6" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash || undefined} />
              </svg>
              {line.label}
            </li>
          );
        })}
      </ul>
      {omittedNote && <p className="line-key-omitted">{omittedNote}</p>}
    </div>
  );
}
