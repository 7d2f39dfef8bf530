import type { ReactNode } from 'react';
import type { TermSegment } from '../domain/present/glossary';
import type { SummaryLists } from '../domain/present/pages/monthParts';
import { TermText } from './TermText';

/**
 * Strengths and underperformance, side by side, as officers wrote them in the seed report, each
 * sentence with its glossary terms marked; `terms` draws them (the meeting pack links its own).
 */
export function MonthSummaryLists({ lists, columnClassName, terms = (segments) => <TermText segments={segments} /> }: { lists: SummaryLists; columnClassName: string; terms?: (segments: readonly TermSegment[]) => ReactNode }) {
  return (
    <>
      {lists.map((list) => (
        <div key={list.key} className={columnClassName}>
          <h3>{list.heading}</h3>
          {list.empty ? (
            <p>{list.empty}</p>
          ) : (
            <ul className="summary-list">
              {list.items.map((item) => (
                <li key={item.key}>{terms(item.terms)}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
