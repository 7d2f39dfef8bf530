// The Annex A measures in words, as the command's summary, the "Build a month from Annex A" page and
// its help page say them: each measure's name, its rule in a sentence with its source, and its
// figures written out ("45.5% (10 of 22)", "1.6 (37 children ÷ 23.5 FTE)"). The rules themselves are
// src/domain/records/ (shared annex-a.md); this module only words them.
import { formatNumber } from '../format';
import type { MeasureResult } from '../records/aggregate';
import { ANNEX_A_MEASURE_UNITS, type AnnexAMeasureId } from '../schema';

export interface MeasureWords {
  name: string;
  /** The rule in one or two sentences: what is counted, from which list and columns. */
  rule: string;
  /** Where the rule (or its threshold) comes from. */
  source: string;
}

const ANNEX_A = "Ofsted's Annex A";

export const ANNEX_A_MEASURE_WORDS: Record<AnnexAMeasureId, MeasureWords> = {
  contacts: {
    name: 'Contacts in the month',
    rule: 'Rows of list 1 whose Date of Contact is in the month: a child contacted twice is two contacts.',
    source: `${ANNEX_A}, list 1`,
  },
  referrals: {
    name: 'Referrals in the month',
    rule: 'Rows of list 3 whose Date of Referral is in the month.',
    source: `${ANNEX_A}, list 3`,
  },
  rereferrals: {
    name: 'Re-referrals within 12 months',
    rule: "Of the month's referrals (list 3) with a Number of Referrals in Last 12 Months, those where it is 1 or more. A blank number is a problem, left out.",
    source: "The DfE's children in need census (re-referrals within 12 months of a previous referral)",
  },
  assessmentsIn45: {
    name: 'Assessments authorised within 45 working days',
    rule: 'Of the assessments authorised in the month (list 4, Continuous Assessment Date of Authorisation), those authorised within 45 working days of the Continuous Assessment Start Date.',
    source: 'Working Together to Safeguard Children: an assessment concludes within 45 working days',
  },
  icpcIn15: {
    name: 'ICPCs within 15 working days of the strategy discussion',
    rule: 'Of the initial child protection conferences held in the month and not deemed unnecessary (list 5), those held within 15 working days of the strategy discussion. A conference dated before its strategy discussion is a problem, left out, as the DfE does.',
    source: 'Working Together to Safeguard Children; the DfE’s children in need census',
  },
  cpPlans: {
    name: 'Children on a child protection plan',
    rule: "Children (each once, by Child Unique ID) with a plan open on the month's last day (list 7): started on or before it, with no end date or one after it.",
    source: `${ANNEX_A}, list 7`,
  },
  cpRepeat: {
    name: 'Plans that are a second or later plan',
    rule: 'Of the plans started in the month (list 7), those whose Number of Previous Child Protection Plans is 1 or more. A blank number is a problem, left out.',
    source: "The DfE's children in need census (repeat child protection plans)",
  },
  cpVisits: {
    name: 'Children on a plan visited within timescale',
    rule: "Of the children on a plan at the month's end, those whose Date of the Last Statutory Visit is within the council's standard of working days before the month's last day (calendar.json's cpVisitWorkingDays, default 10). No visit date: not visited; a visit after the month's end is a problem, left out.",
    source: "The council's own standard: there is no national rule",
  },
  claCount: {
    name: 'Children looked after',
    rule: "Children (each once) looked after on the month's last day (list 8): started on or before it, not ceased by it.",
    source: `${ANNEX_A}, list 8`,
  },
  claVisits: {
    name: 'Looked-after children visited in the last 6 weeks',
    rule: "Of the children looked after at the month's end, those whose Date of Last Social Work Visit is at most 42 days before the month's last day (calendar.json's claVisitDays). The shorter intervals of a placement's first year are not modelled.",
    source: 'The Care Planning, Placement and Case Review (England) Regulations 2010, regulation 28: six weeks at the longest in general',
  },
  rhiOffered: {
    name: 'Missing children offered a return interview',
    rule: "Of the children looked after at the month's end who went missing in the last 12 months (list 8, 1 or more missing episodes), those offered a return interview after their last missing episode. Whether within 72 hours is not in the extract.",
    source: "The DfE's statutory guidance on children who run away or go missing from home or care",
  },
  caseload: {
    name: 'Average caseload',
    rule: "Children open at the month's end (an assessment, a child in need episode, a plan or looked-after episode: lists 4, 6, 7 and 8), each once, allocated to a worker in the staff list, divided by the FTE of the workers holding at least one; by team, the worker's team in the staff list.",
    source: "The DfE's children's social work workforce statistics: cases per FTE of case-holding social workers",
  },
  unallocated: {
    name: 'Children with no allocated worker',
    rule: "Children open at the month's end whose row that decides (list 8 if open there, else 7, 6, 4) names no worker (empty or #N/A), even if another list names one.",
    source: `${ANNEX_A}, lists 4, 6, 7 and 8`,
  },
};

/** The measure's figure in words: "45.5%", "312", "1.6", or why there is none. */
export function measureFigure(measure: AnnexAMeasureId, result: MeasureResult): string {
  if (!result.counted) return 'Not counted';
  if (result.value === null) return result.note ?? 'No figure';
  const unit = ANNEX_A_MEASURE_UNITS[measure];
  return unit === 'percent' ? `${formatNumber(result.value, 1)}%` : formatNumber(result.value, unit === 'count' ? 0 : 1);
}

/** What the figure rests on: "10 of 22", "37 children ÷ 23.5 FTE", or nothing for a count. */
export function measureCounts(measure: AnnexAMeasureId, figure: { numerator?: number; denominator?: number }): string {
  if (figure.numerator === undefined || !figure.denominator) return '';
  if (measure === 'caseload') return `${figure.numerator} ${figure.numerator === 1 ? 'child' : 'children'} ÷ ${formatNumber(figure.denominator, 2)} FTE`;
  return `${figure.numerator} of ${figure.denominator}`;
}
