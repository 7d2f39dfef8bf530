import type { MonthSummary } from '../domain/board/summary';

/** Strengths and underperformance, side by side, as officers wrote them in the seed report. */
export function MonthSummaryLists({ summary, columnClassName }: { summary: MonthSummary; columnClassName: string }) {
  return (
    <>
      <div className={columnClassName}>
        <h3>Strengths and improvement</h3>
        {summary.strengths.length ? (
          <ul className="summary-list">
            {summary.strengths.map((item) => (
              <li key={`${item.indicatorId}-${item.kind}`}>{item.text}</li>
            ))}
          </ul>
        ) : (
          <p>No indicator improved or turned green this month.</p>
        )}
      </div>
      <div className={columnClassName}>
        <h3>Underperformance</h3>
        {summary.underperformance.length ? (
          <ul className="summary-list">
            {summary.underperformance.map((item) => (
              <li key={`${item.indicatorId}-${item.kind}`}>{item.text}</li>
            ))}
          </ul>
        ) : (
          <p>No indicator is red or worsened this month.</p>
        )}
      </div>
    </>
  );
}
