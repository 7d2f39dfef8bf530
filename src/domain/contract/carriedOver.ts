// A new month's draft starts from the latest month's (Prepare a month). Its figures are not typed
// in: last month's are shown beside each field (present/pages/prepareMonth.ts), so a figure left
// alone is "not available", never last month's published again. Its words are carried over (the
// month's commentary, each indicator's narrative, each workstream's report, the questions), each
// part marked "carried over" until the officer changes it or ticks to keep it, and the form lists
// the unconfirmed parts first at Download and will not download until there are none (issue 26:
// what the officer does not touch is never published as this month's without a word).

export type CarriedState = 'unconfirmed' | 'kept';

/** An indicator's narrative: the words carried over with it (its figure, note and quality are not). */
export const NARRATIVE_FIELDS = ['whatItShows', 'why', 'whatWeAreDoing', 'owner'] as const;

/** What of a draft (contract/monthDraft.ts' MonthDraft) carrying over reads. */
export interface CarryingDraft {
  commentary: string;
  values: Record<string, Record<(typeof NARRATIVE_FIELDS)[number], string>>;
  workstreams: Record<string, { rag: string; status: string; highlights: string; risks: string; actionPlan: readonly unknown[] }>;
  questions: readonly unknown[];
  /** The parts carried over from the month the draft was filled in from, by part (carriedPartOf). */
  carried?: Record<string, CarriedState>;
}

/**
 * The part a field of the form belongs to: `commentary`, `values.CP5` (its narrative),
 * `workstreams.practice` (its whole report) or `questions`; undefined for a field never carried
 * over (the month, its status, a figure with its note and quality).
 */
export function carriedPartOf(field: string): string | undefined {
  const [top, id, name] = field.split('.');
  if (top === 'commentary') return 'commentary';
  if (top === 'values' && id) return (NARRATIVE_FIELDS as readonly string[]).includes(name ?? '') ? `values.${id}` : undefined;
  if (top === 'workstreams' && id) return `workstreams.${id}`;
  if (top === 'questions') return 'questions';
  return undefined;
}

const hasWords = (texts: readonly string[]) => texts.some((text) => text.trim() !== '');

/** The draft with every part that holds something marked carried over and unconfirmed, in the form's order. */
export function markCarried<D extends CarryingDraft>(draft: D): D {
  const parts: string[] = [];
  if (hasWords([draft.commentary])) parts.push('commentary');
  for (const [id, entry] of Object.entries(draft.values)) if (hasWords(NARRATIVE_FIELDS.map((field) => entry[field]))) parts.push(`values.${id}`);
  for (const [id, report] of Object.entries(draft.workstreams)) {
    if (hasWords([report.rag, report.status, report.highlights, report.risks]) || report.actionPlan.length > 0) parts.push(`workstreams.${id}`);
  }
  if (draft.questions.length > 0) parts.push('questions');
  if (parts.length === 0) return draft;
  return { ...draft, carried: Object.fromEntries(parts.map((part): [string, CarriedState] => [part, 'unconfirmed'])) };
}

/** The draft once the officer has changed `field`: its part is this month's own, no longer carried over. */
export function changedPart<D extends CarryingDraft>(draft: D, field: string): D {
  const part = carriedPartOf(field);
  if (part === undefined || draft.carried?.[part] === undefined) return draft;
  return { ...draft, carried: Object.fromEntries(Object.entries(draft.carried).filter(([other]) => other !== part)) };
}

/** The draft with a carried-over part kept as it is for this month (ticked), or unticked again. */
export function keepCarried<D extends CarryingDraft>(draft: D, part: string, keep: boolean): D {
  if (draft.carried?.[part] === undefined) return draft;
  return { ...draft, carried: { ...draft.carried, [part]: keep ? 'kept' : 'unconfirmed' } };
}

/** The parts still carried over and not confirmed, in the form's order. */
export function unconfirmedParts(draft: Pick<CarryingDraft, 'carried'>): string[] {
  return Object.entries(draft.carried ?? {}).flatMap(([part, state]) => (state === 'unconfirmed' ? [part] : []));
}
