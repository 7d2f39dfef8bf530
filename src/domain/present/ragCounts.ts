// "Of 10 priority indicators in Mar 2019: 8 green, 1 amber, 0 red, 1 with no RAG." The Overview,
// and the pack's summary and glance, count the month's RAGs in these words.
import type { IndicatorStatus } from '../board/status';
import { formatMonth } from '../months';

export interface RagCountWords {
  /** "Of 10 priority indicators in Mar 2019: " */
  intro: string;
  /** "8 green", "1 amber", "0 red": each in bold on the page. */
  counts: [string, string, string];
  /** ", 1 with no RAG", or nothing when every indicator has one. */
  unrated: string;
}

/** `what`: the indicators counted, in words ("priority indicators", "indicators"). */
export function ragCountWords(statuses: readonly Pick<IndicatorStatus, 'rag'>[], what: string, month: string): RagCountWords {
  const count = (rag: string) => statuses.filter((status) => status.rag === rag).length;
  const [green, amber, red] = [count('green'), count('amber'), count('red')];
  const unrated = statuses.length - green - amber - red;
  return {
    intro: `Of ${statuses.length} ${what} in ${formatMonth(month)}: `,
    counts: [`${green} green`, `${amber} amber`, `${red} red`],
    unrated: unrated > 0 ? `, ${unrated} with no RAG` : '',
  };
}

/** The sentence whole, for a test or a summary: "Of 10 priority indicators in Mar 2019: 8 green, 1 amber, 0 red." */
export function ragCountSentence(words: RagCountWords): string {
  return `${words.intro}${words.counts.join(', ')}${words.unrated}.`;
}
