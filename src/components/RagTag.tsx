import type { WorkstreamRag } from '../domain/board/rag';
import { ragWord } from '../domain/present/words';

/** A status in words and colour: the word carries the meaning, the colour repeats it. */
export function RagTag({ rag, label }: { rag: WorkstreamRag | undefined; label?: string }) {
  if (!rag) return <span className="tag tag-none">{label ?? 'No RAG'}</span>;
  return <span className={`tag tag-${rag}`}>{label ?? ragWord(rag)}</span>;
}
