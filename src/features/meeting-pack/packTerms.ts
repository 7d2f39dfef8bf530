// The glossary terms of the whole pack, marked once: the first use of each, in the pack's order,
// across every section (present/glossary.ts's firstUses), and the list of the terms used for the
// glossary at the end of the pack.
import { firstUses, termsUsed, type GlossaryTerm, type TermSegment } from '../../domain/present/glossary';

export type PackTerms = (key: string) => readonly TermSegment[] | undefined;

/** `texts`: [key, text] in the order the pack prints them. */
export function markPackTerms(texts: readonly (readonly [string, string])[]): { terms: PackTerms; used: GlossaryTerm[] } {
  const segments = firstUses(texts.map(([, text]) => text));
  const byKey = new Map(texts.map(([key], index) => [key, segments[index]!]));
  return { terms: (key) => byKey.get(key), used: termsUsed(segments) };
}

export const glossaryAnchor = (id: string) => `pack-glossary-${id}`;
