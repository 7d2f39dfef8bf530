import type { ReactNode } from 'react';
import type { MonthSummary } from '../domain/board/summary';
import type { TermSegment } from '../domain/present/glossary';
import { TermText } from './TermText';

/**
 * Strengths and underperformance, side by side, as officers wrote them in the seed report.
 * `terms`, when given, marks the glossary terms of each sentence (present/glossary.ts's firstUses);
 * `renderText`, when given, draws each sentence instead (the meeting pack marks its own terms).
 */
export function MonthSummaryLists({
  summary,
  columnClassName,
  terms,
  renderText,
}: {
  summary: MonthSummary;
  columnClassName: string;
  terms?: { strengths: TermSegment[][]; underperformance: TermSegment[][] };
  renderText?: (list: 'strengths' | 'underperformance', index: number, text: string) => ReactNode;
}) {
  return (
    <>
      <div className={columnClassName}>
        <h3>Strengths and improvement</h3>
        {summary.strengths.length ? (
          <ul className="summary-list">
            {summary.strengths.map((item, index) => (
              <li key={`${item.indicatorId}-${item.kind}`}>{renderText ? renderText('strengths', index, item.text) : terms?.strengths[index] ? <TermText segments={terms.strengths[index]} /> : item.text}</li>
            ))}
          </ul>
        ) : (
          <p>No indicator turned green or better, showed special cause improvement, improved three months running or did better than England.</p>
        )}
      </div>
      <div className={columnClassName}>
        <h3>Underperformance</h3>
        {summary.underperformance.length ? (
          <ul className="summary-list">
            {summary.underperformance.map((item, index) => (
              <li key={`${item.indicatorId}-${item.kind}`}>
                {renderText ? renderText('underperformance', index, item.text) : terms?.underperformance[index] ? <TermText segments={terms.underperformance[index]} /> : item.text}
              </li>
            ))}
          </ul>
        ) : (
          <p>No indicator is red, slipped a RAG, showed special cause concern, worsened three months running or did worse than England.</p>
        )}
      </div>
    </>
  );
}
