// The words pages show for a status, in one place so that every page says the same thing.
// "Context only" for a neutral indicator (it has no RAG by design), "Not available" when the month
// has no figure, "No target" when the figure has nothing to be judged against.
import type { RagStatus, WorkstreamRag } from '../board/rag';
import type { Indicator, Polarity } from '../schema';

const RAG_WORDS: Record<WorkstreamRag, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue (complete)',
};

/** A RAG in a word, never by colour alone: "Red", "Blue (complete)"; "No RAG" for none. */
export function ragWord(rag: WorkstreamRag | undefined): string {
  return rag ? RAG_WORDS[rag] : 'No RAG';
}

export const NOT_AVAILABLE = 'Not available';
export const CONTEXT_ONLY = 'Context only';
export const NO_TARGET = 'No target';
export const NO_SNAPSHOT = 'No snapshot';

/** Why a figure has the RAG it has, in a word or two: "Green", "Context only", "Not available", "No target". */
export function ragLabel(polarity: Polarity, rag: RagStatus | undefined, value: number | null | undefined): string {
  if (rag) return ragWord(rag);
  if (polarity === 'neutral') return CONTEXT_ONLY;
  if (value === null || value === undefined) return NOT_AVAILABLE;
  return NO_TARGET;
}

/** The same for one month of a series: a month with no file says so. */
export function monthRagLabel(polarity: Polarity, point: { rag?: RagStatus; value: number | null | undefined; noSnapshot: boolean }): string {
  if (!point.rag && point.value === undefined && point.noSnapshot) return NO_SNAPSHOT;
  return ragLabel(polarity, point.rag, point.value);
}

export const POLARITY_WORDS: Record<Polarity, string> = {
  up: 'Higher is better',
  down: 'Lower is better',
  neutral: 'Context only: neither higher nor lower is better',
};

/** The target line of an indicator's key facts: "None: context only" for a neutral indicator. */
export function noTargetWords(indicator: Pick<Indicator, 'polarity'>): string {
  return indicator.polarity === 'neutral' ? 'None: context only' : NO_TARGET;
}
