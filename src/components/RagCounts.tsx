import type { RagCountWords } from '../domain/present/ragCounts';

/** "Of 10 priority indicators in Mar 2019: 8 green, 1 amber, 0 red." with each count in bold. */
export function RagCounts({ words }: { words: RagCountWords }) {
  const [green, amber, red] = words.counts;
  return (
    <>
      {words.intro}
      <strong>{green}</strong>, <strong>{amber}</strong>, <strong>{red}</strong>
      {words.unrated}.
    </>
  );
}
