import type { Tag } from '../domain/present/statusWords';

/** A status in words and colour: the word carries the meaning, the colour repeats it. */
export function RagTag({ tag }: { tag: Tag }) {
  return <span className={`tag tag-${tag.tone}`}>{tag.text}</span>;
}
