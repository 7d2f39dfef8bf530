// The meeting pack's model: the chosen month as a committee paper. Its parts in print order (the
// cover with its contents, every indicator at a glance, the summary, the exceptions with their
// stories, the changes since the previous pack, the overdue actions, the questions, a page per
// priority indicator, the workstreams, the staff survey and the terms used), each with its
// reference; where each prints is placePack's (packPlacement.ts), from the page plan.
import { monthView } from '../../board/monthView';
import { displayName } from '../../names';
import { collectSurveys, responseRate, surveyForMonth } from '../../board/surveys';
import { formatIsoDate, formatIsoTime, formatMonth, formatMonthLong } from '../../months';
import { overdueActionList, type ActionList } from '../actionWords';
import type { GlossaryTerm } from '../glossary';
import type { PackPart } from '../packPlacement';
import { reconcilingSentence } from '../reconcile';
import type { TableModel } from '../table';
import { termMarks, type Marked } from '../termMarks';
import { monthFrame, type MonthFrame, type PageData } from './pageData';
import { hasNational, standingsAt } from './nationalParts';
import { packIndicator, packIndicatorHeadingId, type PackIndicatorModel } from './packIndicator';
import { packChanges, packExceptions, packGlance, packQuestions, packSummary, type PackChanges, type PackException, type PackSummary } from './packSections';
import { progressTable } from './workstreams';
import { formatPercent, statementsTable, surveyReturnsTable, teamTable } from './surveyTables';
import { surveyFacts, TEAM_NOTE } from './surveys';
import type { RagCountWords } from '../ragCounts';

export interface MeetingPackParams {
  /** The publication the figures are from (the cover names it). */
  publication: { id: string; published: string; current: boolean };
}

export interface MeetingPackModel extends MonthFrame {
  /** Who the pack is for: "Council · Board", at the top of each part. */
  source: string;
  /** The printed footer's left side: "Council · Performance report: March 2019". */
  footer: string;
  parts: PackPart[];
  cover: {
    organisation: string;
    board?: string;
    meeting?: string;
    title: string;
    facts: { term: string; value: string; testId?: string }[];
    sample?: string;
  };
  glance: { counts: RagCountWords; after: string; table: TableModel };
  summary: PackSummary;
  exceptions: { sentence: string; items: PackException[] };
  /** Undefined for the first month: no earlier pack to compare with. */
  changes?: PackChanges;
  /** Only for the first month. */
  noChanges?: string;
  /** Only when the folder uses the plan's fields. */
  overdue?: ActionList;
  questions: ReturnType<typeof packQuestions>;
  indicators: PackIndicatorModel[];
  workstreams: { intro: Marked; after: string; table?: TableModel; none?: string };
  survey: {
    none?: string;
    current?: { name: string; before: string; after: string; returns: TableModel; byTeam?: { heading: string; note: string; table: TableModel }; statements?: { heading: string; table: TableModel } };
  };
  glossary: GlossaryTerm[];
}

export const WORKSTREAMS_INTRO = 'Each senior responsible owner’s (SRO’s) progress report';

function survey(data: PageData, month: string): MeetingPackModel['survey'] {
  const surveys = collectSurveys(data.snapshots);
  const current = surveyForMonth(surveys, month);
  if (!current) return { none: `No staff survey had been reported by ${formatMonthLong(month)}.` };
  const rate = responseRate(current);
  const facts = surveyFacts(current);
  return {
    current: {
      name: current.name,
      before: `The latest survey reported by ${formatMonth(month)}: `,
      after:
        `, reported in ${facts.reported}. ${facts.counts}` +
        `${rate !== undefined ? ` (a response rate of ${formatPercent(rate)}${current.target !== undefined ? ` against a target of ${current.target}%` : ''})` : ''}.`,
      returns: surveyReturnsTable(
        surveys.filter((candidate) => candidate.month <= month),
        `Survey returns to ${formatMonth(month)}`,
      ),
      ...(current.byTeam ? { byTeam: { heading: 'Participation by team', note: TEAM_NOTE, table: teamTable(current) } } : {}),
      ...((current.statements ?? []).length > 0 ? { statements: { heading: 'What staff said', table: statementsTable(current) } } : {}),
    },
  };
}

export function meetingPackModel(data: PageData, month: string, params: MeetingPackParams): MeetingPackModel {
  const view = monthView(data, month);
  const snapshot = view.snapshot!;
  const site = data.site;
  const pack = site?.pack;
  const ref = (label: string) => `${label} · ${formatMonth(month)}`;
  const { mark, finish } = termMarks();
  // Marked in print order: the first use of each term in the pack is the one marked.
  const glance = packGlance(
    view,
    mark,
    hasNational(data.comparators) ? standingsAt(data.comparators, data.indicators, month) : undefined,
  );
  const summary = packSummary(view, mark);
  const exceptions = packExceptions(view, mark);
  const changes = packChanges(data, view, mark);
  const questions = packQuestions(view, mark);
  const intro = mark(WORKSTREAMS_INTRO);
  const glossary = finish();
  const parts: PackPart[] = [
    { id: 'cover', target: 'pack-title', reference: ref('Cover') },
    { id: 'glance', target: 'pack-glance-heading', reference: ref('Glance'), title: 'At a glance: every indicator' },
    { id: 'summary', target: 'pack-summary-heading', reference: ref('Summary'), title: 'Summary: strengths, underperformance and commentary' },
    { id: 'exceptions', target: 'pack-exceptions-heading', reference: ref('Exceptions'), title: 'Exceptions, with their stories' },
    { id: 'changes', target: 'pack-changes-heading', reference: ref('Changes'), title: 'Changes since the previous pack', flows: true },
    ...(view.planInUse ? [{ id: 'overdue', target: 'pack-overdue-heading', reference: ref('Actions'), title: 'Overdue actions', flows: true }] : []),
    { id: 'questions', target: 'pack-questions-heading', reference: ref('Questions'), title: 'Questions for the committee', flows: true },
    ...view.priority.map((status) => ({ id: `indicator-${status.indicator.id}`, target: packIndicatorHeadingId(status.indicator.id), reference: ref(status.indicator.id), title: displayName(status.indicator), pairable: true })),
    { id: 'workstreams', target: 'pack-workstreams-heading', reference: ref('Workstreams'), title: 'Improvement plan workstreams' },
    { id: 'survey', target: 'pack-survey-heading', reference: ref('Survey'), title: 'Staff survey', flows: true },
    { id: 'glossary', target: 'pack-glossary-heading', reference: ref('Terms'), title: 'Terms used in this pack', flows: true },
  ];
  const { publication } = params;
  return {
    ...monthFrame(data, month),
    source: [site?.organisation, site?.board].filter(Boolean).join(' · ') || 'Performance report',
    footer: `${site?.organisation ? `${site.organisation} · ` : ''}Performance report: ${formatMonthLong(month)}`,
    parts,
    cover: {
      organisation: site?.organisation ?? 'Council not named',
      ...(site?.board ? { board: site.board } : {}),
      ...(pack?.meeting ? { meeting: pack.meeting } : {}),
      title: `Performance report: ${formatMonthLong(month)}`,
      facts: [
        ...(pack?.agendaItem ? [{ term: 'Agenda item', value: pack.agendaItem }] : []),
        { term: 'Month reported', value: formatMonthLong(month) },
        { term: 'Figures produced', value: snapshot.produced ? formatIsoDate(snapshot.produced) : 'Date not given', testId: 'pack-produced' },
        {
          term: 'Publication',
          value: `${publication.id}, published ${formatIsoTime(publication.published)}${publication.current ? '' : '. An earlier publication: figures published since may revise these'}`,
          testId: 'pack-publication',
        },
        { term: 'Status of the figures', value: snapshot.status === 'provisional' ? 'Provisional: they may change when the month is finalised' : 'Final' },
        ...(pack?.author ? [{ term: 'Report author', value: pack.author }] : []),
        ...(pack?.contact ? [{ term: 'Contact', value: pack.contact }] : []),
      ],
      ...(site?.sampleData ? { sample: 'The figures in this pack are illustrative, except where a source is named.' } : {}),
    },
    glance,
    summary,
    exceptions,
    ...(changes ? { changes } : { noChanges: `${formatMonth(month)} is the first month with figures: there is no earlier pack to compare with.` }),
    ...(view.planInUse ? { overdue: overdueActionList(view.actions.overdue, data.workstreams, month) } : {}),
    questions,
    indicators: view.priority.map((status) => packIndicator(status, data.events, reconcilingSentence(status))),
    workstreams: {
      intro,
      after: ` for ${formatMonthLong(month)}.`,
      ...(data.workstreams.length > 0 ? { table: progressTable(data.workstreams, snapshot) } : { none: 'No workstreams are listed in the data.' }),
    },
    survey: survey(data, month),
    glossary,
  };
}
