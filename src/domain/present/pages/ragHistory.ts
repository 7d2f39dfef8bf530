// Month by month RAG as a strip of cells: a letter and a colour, and the full words for screen
// readers ("Mar 2019: Red, 43%"). A month with no RAG says why: n/a for a figure not available.
import type { SeriesPoint } from '../../board/series';
import type { TagTone } from '../table';

export interface RagHistoryCell {
  month: string;
  tone: TagTone;
  /** R, A, G; n/a for a figure reported as not available; – otherwise. */
  letter: string;
  /** "03/19" */
  label: string;
  words: string;
}

const LETTER = { red: 'R', amber: 'A', green: 'G' } as const;

export function ragHistory(series: readonly SeriesPoint[], describe: (point: SeriesPoint) => string): RagHistoryCell[] {
  return series.map((point) => ({
    month: point.month,
    tone: point.rag ?? 'none',
    letter: point.rag ? LETTER[point.rag] : point.value === null ? 'n/a' : '–',
    label: `${point.month.slice(5)}/${point.month.slice(2, 4)}`,
    words: describe(point),
  }));
}
