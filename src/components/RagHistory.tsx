import type { RagHistoryCell } from '../domain/present/pages/ragHistory';

/** Month by month RAG as a strip of labelled cells: a letter and a colour, and the full words for screen readers. */
export function RagHistory({ cells }: { cells: readonly RagHistoryCell[] }) {
  return (
    <ol className="rag-strip">
      {cells.map((cell) => (
        <li key={cell.month} className={`rag-cell rag-cell-${cell.tone}`} title={cell.words}>
          <span aria-hidden="true" className="rag-letter">
            {cell.letter}
          </span>
          <span aria-hidden="true" className="rag-month">
            {cell.label}
          </span>
          <span className="visually-hidden">{cell.words}</span>
        </li>
      ))}
    </ol>
  );
}
