// The meeting pack: the chosen month as a paper a scrutiny committee would circulate, printed
// from the browser on A4 portrait. On screen it reads as the same document, with a month picker
// and a print button above it that never print.
import { useMemo } from 'react';
import { MonthPicker } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { formatMonthLong } from '../../domain/months';
import { useMonthStatuses } from '../../data/useMonthStatuses';
import { displayName } from '../../domain/board/summary';
import { collectSurveys } from '../../domain/board/surveys';
import { IndicatorSection } from './IndicatorSection';
import { CoverSection, SummarySection, type ContentsEntry } from './PackFront';
import { packPageRules, packReference, type PackPage } from './packReference';
import { SurveySection } from './SurveySection';
import { WorkstreamsSection } from './WorkstreamsSection';
import { offTrack } from '../../domain/board/offTrack';
import { OffTrackStories, OverdueActionsList } from '../../components/PlanSummary';
import './meetingPack.css';

export function MeetingPackPage() {
  const { dataset, months, month, view, statuses } = useMonthStatuses('priority');
  const summary = view?.summary;
  const surveys = useMemo(() => collectSurveys(dataset.snapshots), [dataset]);

  if (!month || !summary || !view) return <NoData title="Meeting pack" />;
  const snapshot = dataset.snapshots.find((candidate) => candidate.month === month)!;
  const site = dataset.site;
  const source = [site?.organisation, site?.board].filter(Boolean).join(' · ') || 'Performance report';
  const indicatorPages = statuses.map((status, index) => ({ name: `pack-indicator-${index + 1}`, reference: packReference(status.indicator.id, month) }));
  const pages: Record<'cover' | 'summary' | 'workstreams' | 'survey', PackPage> = {
    cover: { name: 'pack-cover', reference: packReference('Cover', month) },
    summary: { name: 'pack-summary', reference: packReference('Summary', month) },
    workstreams: { name: 'pack-workstreams', reference: packReference('Workstreams', month) },
    survey: { name: 'pack-survey', reference: packReference('Survey', month) },
  };
  const contents: ContentsEntry[] = [
    { reference: pages.summary.reference, title: 'Summary: strengths, underperformance and commentary' },
    ...statuses.map((status, index) => ({ reference: indicatorPages[index]!.reference, title: displayName(status.indicator) })),
    { reference: pages.workstreams.reference, title: 'Improvement plan workstreams' },
    { reference: pages.survey.reference, title: 'Staff survey' },
  ];
  // Printed footer on every sheet: the pack and month on the left, the section's reference
  // and the page number on the right (one named @page per section; see packReference.ts).
  const footer = `${site?.organisation ? `${site.organisation} · ` : ''}Performance report: ${formatMonthLong(month)}`;
  const pageRules = packPageRules([pages.cover, pages.summary, ...indicatorPages, pages.workstreams, pages.survey], footer);

  return (
    <Page title="Meeting pack" month={month}>
      <div className="no-print pack-intro">
        <p className="lead">
          The month’s figures as a paper for the improvement board or the scrutiny committee: a cover, the summary, a page for
          each priority indicator with its chart and table, the workstreams and the staff survey.
        </p>
        <MonthPicker months={months} month={month} />
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            Print this pack
          </button>
        </p>
        <p className="hint">Prints on A4 portrait, one section to a page. To make a PDF, choose “Save as PDF” as the printer.</p>
      </div>
      <style>{pageRules}</style>
      <article className="meeting-pack" aria-labelledby="pack-title">
        <CoverSection site={site} snapshot={snapshot} contents={contents} source={source} pageName={pages.cover.name} />
        <SummarySection month={month} statuses={statuses} summary={summary} commentary={snapshot.commentary} source={source} pageName={pages.summary.name}>
          {view.planInUse && <OffTrackStories statuses={offTrack(view.indicators)} month={month} idPrefix="pack" links={false} level={3} />}
        </SummarySection>
        {statuses.map((status, index) => (
          <IndicatorSection key={status.indicator.id} status={status} events={dataset.events} source={source} pageName={indicatorPages[index]!.name} />
        ))}
        <WorkstreamsSection workstreams={dataset.workstreams} snapshot={snapshot} source={source} pageName={pages.workstreams.name}>
          {view.planInUse && <OverdueActionsList overdue={view.actions.overdue} workstreams={dataset.workstreams} month={month} idPrefix="pack" level={3} />}
        </WorkstreamsSection>
        <SurveySection surveys={surveys} month={month} source={source} pageName={pages.survey.name} />
      </article>
    </Page>
  );
}
