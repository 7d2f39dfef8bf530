// The glossary marks of a whole page or paper built in parts: each text is added in the order it
// is printed, and once all are added the first use of each term across them is marked (glossary.ts'
// firstUses). The meeting pack marks its terms this way, across every section.
import { firstUses, termsUsed, type GlossaryTerm, type TermSegment } from './glossary';

export interface Marked {
  text: string;
  terms: TermSegment[];
}

export function termMarks(): { mark: (text: string) => Marked; finish: () => GlossaryTerm[] } {
  const all: Marked[] = [];
  return {
    mark: (text) => {
      const marked: Marked = { text, terms: [{ text }] };
      all.push(marked);
      return marked;
    },
    /** Marks every text added, and gives the glossary's entries used, in the glossary's order. */
    finish: () => {
      const segments = firstUses(all.map((marked) => marked.text));
      // In place: a table cell made before the marks holds the same array.
      all.forEach((marked, index) => marked.terms.splice(0, marked.terms.length, ...segments[index]!));
      return termsUsed(segments);
    },
  };
}
