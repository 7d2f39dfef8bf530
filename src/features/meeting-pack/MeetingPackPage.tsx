// The meeting pack: the chosen month as a committee paper, printed from the browser on A4
// portrait. The cover (meeting, agenda item, author, contact) with its contents and page numbers;
// every indicator at a glance; the summary; the exceptions with their stories; the changes since
// the previous pack; overdue actions; questions; a page per priority indicator (two to a sheet
// where both fit); the workstreams; the staff survey; and the terms used. On screen it reads as
// the same document, with a month picker and a print button above it that never print.
import { useMemo, useRef } from 'react';
import { MonthPicker } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { formatMonthLong } from '../../domain/months';
import { useMonthStatuses } from '../../data/useMonthStatuses';
import { displayName } from '../../domain/names';
import { collectSurveys } from '../../domain/board/surveys';
import { previousPackSpan } from '../../domain/board/changes';
import { seriesOf } from '../../domain/board/monthView';
import { changesBetween } from '../../domain/board/changes';
import { changeRows, targetChangeSentences } from '../../domain/present/changeRows';
import { suggestQuestions } from '../../domain/present/questions';
import { IndicatorSection, indicatorHeadingId } from './IndicatorSection';
import { CoverSection, SummarySection, type ContentsEntry } from './PackFront';
import { packPageRules, packReference, type PackPage } from './packReference';
import { SurveySection } from './SurveySection';
import { WORKSTREAMS_INTRO, WorkstreamsSection } from './WorkstreamsSection';
import { AtAGlanceSection, GLANCE_HEADING } from './AtAGlanceSection';
import { EXCEPTIONS_HEADING, ExceptionsSection, exceptionTexts } from './ExceptionsSection';
import { CHANGES_HEADING, ChangesSection, type PackChanges } from './ChangesSection';
import { OVERDUE_HEADING, OverdueSection } from './OverdueSection';
import { QUESTIONS_HEADING, QuestionsSection } from './QuestionsSection';
import { GLOSSARY_HEADING, GlossarySection } from './GlossarySection';
import { markPackTerms } from './packTerms';
import { PackTermsContext } from './PackText';
import { usePackHref } from './PackLink';
import { usePackPlan } from './usePackPlan';
import { useReadyDataset } from '../../data/datasetContext';
import './meetingPack.css';

export function MeetingPackPage() {
  const { dataset, months, month, view, statuses } = useMonthStatuses('priority');
  const { publication } = useReadyDataset();
  const surveys = useMemo(() => collectSurveys(dataset.snapshots), [dataset]);
  const packRef = useRef<HTMLElement>(null);
  const plan = usePackPlan(packRef, `${month}:${dataset.snapshots.length}`);
  const href = usePackHref();

  const changes = useMemo((): PackChanges | undefined => {
    const span = month ? previousPackSpan(months, month) : undefined;
    if (!span) return undefined;
    const between = changesBetween(dataset, span.from, span.to);
    return {
      from: span.from,
      to: span.to,
      rag: changeRows(dataset.indicators, seriesOf(dataset), between).filter((row) => row.change),
      targets: targetChangeSentences(dataset.indicators, between),
      actions: between.actions,
      workstreams: new Map(dataset.workstreams.map((workstream) => [workstream.id, workstream.name])),
    };
  }, [dataset, months, month]);

  const summary = view?.summary;
  const suggested = useMemo(() => (view ? suggestQuestions(view.exceptions) : []), [view]);
  const officerQuestions = useMemo(() => view?.snapshot?.questions ?? [], [view]);
  // Every text with glossary terms to mark, in the pack's order: the first use of each is marked.
  const marked = useMemo(
    () =>
      markPackTerms(
        view && summary
          ? [
              ...view.indicators.map((status) => [`glance:${status.indicator.id}`, displayName(status.indicator)] as const),
              ...summary.strengths.map((item, index) => [`strengths:${index}`, item.text] as const),
              ...summary.underperformance.map((item, index) => [`underperformance:${index}`, item.text] as const),
              ...exceptionTexts(view.exceptions),
              ...(changes?.rag ?? []).map((row) => [`change:${row.id}`, row.name] as const),
              ...officerQuestions.map((question, index) => [`question:${index}`, question.text] as const),
              ...suggested.map((question) => [`suggested:${question.indicator}`, question.text] as const),
              ['workstreams-intro', WORKSTREAMS_INTRO] as const,
            ]
          : [],
      ),
    [view, summary, changes, officerQuestions, suggested],
  );

  if (!month || !summary || !view) return <NoData title="Meeting pack" />;
  const snapshot = dataset.snapshots.find((candidate) => candidate.month === month)!;
  const site = dataset.site;
  const source = [site?.organisation, site?.board].filter(Boolean).join(' · ') || 'Performance report';
  const ref = (label: string) => packReference(label, month);
  const pageOf = (id: string) => plan?.sections.find((section) => section.id === id);

  // Named pages (one per sheet-starting section, shared by the sections that flow on after it and
  // by the second indicator of a pair): each prints its reference in the footer of its sheets.
  const front: { id: string; target: string; label: string; title: string; flows?: boolean; shown: boolean }[] = [
    { id: 'cover', target: 'pack-title', label: 'Cover', title: 'Cover and contents', shown: true },
    { id: 'glance', target: GLANCE_HEADING, label: 'Glance', title: 'At a glance: every indicator', shown: true },
    { id: 'summary', target: 'pack-summary-heading', label: 'Summary', title: 'Summary: strengths, underperformance and commentary', shown: true },
    { id: 'exceptions', target: EXCEPTIONS_HEADING, label: 'Exceptions', title: 'Exceptions, with their stories', shown: true },
    { id: 'changes', target: CHANGES_HEADING, label: 'Changes', title: 'Changes since the previous pack', flows: true, shown: true },
    { id: 'overdue', target: OVERDUE_HEADING, label: 'Actions', title: 'Overdue actions', flows: true, shown: view.planInUse },
    { id: 'questions', target: QUESTIONS_HEADING, label: 'Questions', title: 'Questions for the committee', flows: true, shown: true },
  ];
  const back: typeof front = [
    { id: 'workstreams', target: 'pack-workstreams-heading', label: 'Workstreams', title: 'Improvement plan workstreams', shown: true },
    { id: 'survey', target: 'pack-survey-heading', label: 'Survey', title: 'Staff survey', flows: true, shown: true },
    { id: 'glossary', target: GLOSSARY_HEADING, label: 'Terms', title: 'Terms used in this pack', flows: true, shown: true },
  ];
  const pages: PackPage[] = [];
  const placing = new Map<string, { pageName: string; shares: boolean }>();
  let sheet: PackPage | undefined;
  const place = (id: string, label: string, flows = false) => {
    // Measured: as the plan says. Not yet measured: the short parts flow on; indicators do not pair.
    const shares = plan ? (pageOf(id)?.shares ?? false) : flows;
    if (!sheet || !shares) {
      sheet = { name: `pack-${id}`, reference: ref(label) };
      pages.push(sheet);
    } else if (id.startsWith('indicator-')) {
      // A pair of indicators: the sheet's footer carries both references.
      sheet.reference = `${sheet.reference.split(' · ')[0]} and ${ref(label)}`;
    }
    placing.set(id, { pageName: sheet.name, shares });
  };
  for (const part of front) if (part.shown) place(part.id, part.label, part.flows);
  for (const status of statuses) place(`indicator-${status.indicator.id}`, status.indicator.id);
  for (const part of back) if (part.shown) place(part.id, part.label, part.flows);
  const placed = (id: string) => placing.get(id)!;

  const contents: ContentsEntry[] = [
    ...front.filter((part) => part.shown && part.id !== 'cover').map((part) => ({ target: part.target, reference: ref(part.label), title: part.title, page: pageOf(part.id)?.page })),
    ...statuses.map((status) => ({ target: indicatorHeadingId(status.indicator.id), reference: ref(status.indicator.id), title: displayName(status.indicator), page: pageOf(`indicator-${status.indicator.id}`)?.page })),
    ...back.filter((part) => part.shown).map((part) => ({ target: part.target, reference: ref(part.label), title: part.title, page: pageOf(part.id)?.page })),
  ];
  // Printed footer on every sheet: the pack and month on the left, the sheet's reference and the
  // page number on the right (one named @page per sheet; see packReference.ts).
  const footer = `${site?.organisation ? `${site.organisation} · ` : ''}Performance report: ${formatMonthLong(month)}`;
  const pageRules = packPageRules(pages, footer);
  const indicatorName = (id: string) => {
    const status = view.indicators.find((candidate) => candidate.indicator.id === id);
    return status ? displayName(status.indicator) : id;
  };

  return (
    <Page title="Meeting pack" month={month}>
      <div className="no-print pack-intro">
        <p className="lead">
          The month’s figures as a paper for the improvement board or the scrutiny committee: a cover with the contents, every indicator at a glance, the summary, the exceptions, the changes since the
          previous pack, questions, a page for each priority indicator with its chart and table, the workstreams, the staff survey and the terms used.
        </p>
        <MonthPicker months={months} month={month} />
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            Print this pack
          </button>
        </p>
        <p className="hint">Prints on A4 portrait. To make an accessible PDF, with its headings, tables and reading order tagged for screen readers, print from Chrome or Edge and choose “Save as PDF” as the destination: that makes a tagged PDF. Under “More settings”, turn “Headers and footers” off, as the pack prints its own. Other PDF printers, such as “Microsoft Print to PDF”, make a PDF without tags.</p>
      </div>
      <style>{pageRules}</style>
      {/* data-pack-planned (pages) and data-pack-plan (each part's page, "+" when it shares one): the
          page plan, for the browser tests and for whoever checks a page number by hand. */}
      <PackTermsContext.Provider value={{ terms: marked.terms, href }}>
        <article className="meeting-pack" aria-labelledby="pack-title" ref={packRef} data-pack-planned={plan ? plan.pages : undefined} data-pack-plan={plan ? plan.sections.map((section) => `${section.id}:${section.page}${section.shares ? '+' : ''}`).join(' ') : undefined}>
          <CoverSection site={site} snapshot={snapshot} publication={publication} contents={contents} href={href} source={source} reference={ref('Cover')} placing={placed('cover')} />
          <AtAGlanceSection month={month} statuses={view.indicators} planInUse={view.planInUse} source={source} reference={ref('Glance')} placing={placed('glance')} />
          <SummarySection month={month} priority={statuses} summary={summary} commentary={snapshot.commentary} source={source} reference={ref('Summary')} placing={placed('summary')} />
          <ExceptionsSection month={month} exceptions={view.exceptions} indicatorCount={view.indicators.length} planInUse={view.planInUse} source={source} reference={ref('Exceptions')} placing={placed('exceptions')} />
          <ChangesSection month={month} changes={changes} source={source} reference={ref('Changes')} placing={placed('changes')} />
          {view.planInUse && <OverdueSection month={month} overdue={view.actions.overdue} workstreams={dataset.workstreams} source={source} reference={ref('Actions')} placing={placed('overdue')} />}
          <QuestionsSection month={month} officer={officerQuestions} suggested={suggested} indicatorName={indicatorName} source={source} reference={ref('Questions')} placing={placed('questions')} />
          {statuses.map((status) => (
            <IndicatorSection key={status.indicator.id} status={status} events={dataset.events} source={source} reference={ref(status.indicator.id)} placing={placed(`indicator-${status.indicator.id}`)} />
          ))}
          <WorkstreamsSection workstreams={dataset.workstreams} snapshot={snapshot} source={source} reference={ref('Workstreams')} placing={placed('workstreams')} />
          <SurveySection surveys={surveys} month={month} source={source} reference={ref('Survey')} placing={placed('survey')} />
          <GlossarySection used={marked.used} source={source} reference={ref('Terms')} placing={placed('glossary')} />
        </article>
      </PackTermsContext.Provider>
    </Page>
  );
}
