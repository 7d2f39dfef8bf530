// What each measure of shared annex-a.md reads: which lists, and which columns of each. A list that
// is missing, or a needed column that is missing, stops only the measures that need it; the others
// still come out. `team` (Allocated Team) is never needed: without it a record's team is
// "Unallocated". `childId` is needed where children are counted once.
import type { AnnexAMeasureId } from '../schema';
import { ALLOCATED_TEAM, ALLOCATED_WORKER, CHILD_ID, LIST_1, LIST_3, LIST_4, LIST_5, LIST_6, LIST_7, LIST_8 } from './columns';

const COMMON = { childId: CHILD_ID, team: ALLOCATED_TEAM } as const;

/** The headers looked for in each list the counting reads. */
export const LIST_COLUMNS = {
  1: { ...COMMON, ...LIST_1 },
  3: { ...COMMON, ...LIST_3 },
  4: { ...COMMON, worker: ALLOCATED_WORKER, ...LIST_4 },
  5: { ...COMMON, ...LIST_5 },
  6: { ...COMMON, worker: ALLOCATED_WORKER, ...LIST_6 },
  7: { ...COMMON, worker: ALLOCATED_WORKER, ...LIST_7 },
  8: { ...COMMON, worker: ALLOCATED_WORKER, ...LIST_8 },
} as const;

export type ListNumber = keyof typeof LIST_COLUMNS;
export type ColumnKey<L extends ListNumber> = keyof (typeof LIST_COLUMNS)[L] & string;

/** Ofsted's names of the lists, for "needs list 5 (Section 47 enquiries and ICPCs)". */
export const LIST_NAMES: Record<ListNumber, string> = {
  1: 'contacts',
  3: 'referrals',
  4: 'assessments',
  5: 'Section 47 enquiries and ICPCs',
  6: 'children in need',
  7: 'child protection',
  8: 'children looked after',
};

type Needs = { [L in ListNumber]?: readonly ColumnKey<L>[] };

const OPEN_EPISODES: Needs = {
  4: ['childId', 'assessmentStart', 'assessmentAuthorised', 'worker'],
  6: ['childId', 'cinStart', 'cinClosure', 'worker'],
  7: ['childId', 'planStart', 'planEnd', 'worker'],
  8: ['childId', 'started', 'ceased', 'worker'],
};

/** The lists and columns each measure needs. caseload needs the staff list as well. */
export const MEASURE_NEEDS: Record<AnnexAMeasureId, Needs> = {
  contacts: { 1: ['contactDate'] },
  referrals: { 3: ['referralDate'] },
  rereferrals: { 3: ['referralDate', 'earlierReferrals'] },
  assessmentsIn45: { 4: ['assessmentStart', 'assessmentAuthorised'] },
  icpcIn15: { 5: ['strategyDiscussion', 'icpcUnnecessary', 'icpcDate'] },
  cpPlans: { 7: ['childId', 'planStart', 'planEnd'] },
  cpRepeat: { 7: ['planStart', 'previousPlans'] },
  cpVisits: { 7: ['childId', 'planStart', 'planEnd', 'lastVisit'] },
  claCount: { 8: ['childId', 'started', 'ceased'] },
  claVisits: { 8: ['childId', 'started', 'ceased', 'lastVisit'] },
  rhiOffered: { 8: ['childId', 'started', 'ceased', 'missingEpisodes', 'returnInterviewOffered'] },
  caseload: OPEN_EPISODES,
  unallocated: OPEN_EPISODES,
};

/** The lists a measure needs, in order. */
export function listsNeeded(measure: AnnexAMeasureId): ListNumber[] {
  return (Object.keys(MEASURE_NEEDS[measure]).map(Number) as ListNumber[]).sort((a, b) => a - b);
}
