import type { SeriesPoint } from '../domain/board/series';

const LETTER = { red: 'R', amber: 'A', green: 'G' } as const;

/** Month by month RAG as a strip of labelled cells: a letter and a colour, and the full words for screen readers. */
export function RagHistory({ series, describe }: { series: readonly SeriesPoint[]; describe: (point: SeriesPoint) => string }) {
  return (
    <ol className="rag-strip">
      {series.map((point) => (
        <li key={point.month} className={`rag-cell rag-cell-${point.rag ?? 'none'}`} title={describe(point)}>
          <span aria-hidden="true" className="rag-letter">
            {point.rag ? LETTER[point.rag] : point.value === null ? 'n/a' : '–'}
          </span>
          <span aria-hidden="true" className="rag-month">
            {point.month.slice(5)}/{point.month.slice(2, 4)}
          </span>
          <span className="visually-hidden">{describe(point)}</span>
        </li>
      ))}
    </ol>
  );
}
