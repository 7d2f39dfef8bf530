// The meeting pack: the chosen month as a committee paper, printed from the browser on A4
// portrait, laid out from its model (present/pages/meetingPack.ts). Where each part prints comes
// from the pack's page plan, measured from its own print layout (usePackPlan.ts), through
// present/packPlacement.ts. On screen it reads as the same document, with a month picker and a
// print button above it that never print.
import { useRef } from 'react';
import { MonthPicker } from '../../components/MonthPicker';
import { NoData } from '../../components/NoData';
import { Page } from '../../components/Page';
import { useReadyDataset } from '../../data/datasetContext';
import { useMonthModel } from '../../data/usePageModel';
import { meetingPackModel } from '../../domain/present/pages/meetingPack';
import { placePack } from '../../domain/present/packPlacement';
import { AtAGlanceSection } from './AtAGlanceSection';
import { ChangesSection } from './ChangesSection';
import { ExceptionsSection } from './ExceptionsSection';
import { GlossarySection } from './GlossarySection';
import { IndicatorSection } from './IndicatorSection';
import { OverdueSection } from './OverdueSection';
import { CoverSection, SummarySection } from './PackFront';
import { usePackHref } from './PackLink';
import { packPageRules } from './packPageRules';
import { PackContext } from './PackText';
import { QuestionsSection } from './QuestionsSection';
import { SurveySection } from './SurveySection';
import { usePackPlan } from './usePackPlan';
import { WorkstreamsSection } from './WorkstreamsSection';
import './meetingPack.css';

export function MeetingPackPage() {
  const { publication } = useReadyDataset();
  const model = useMonthModel(meetingPackModel, { publication: { id: publication.id, published: publication.published, current: publication.current } });
  const packRef = useRef<HTMLElement>(null);
  const plan = usePackPlan(packRef, `${model?.month}:${model?.months.length}`);
  const href = usePackHref();
  if (!model) return <NoData title="Meeting pack" />;
  const placement = placePack(model.parts, plan);
  const part = (id: string) => {
    const { reference, flows, pairable } = model.parts.find((candidate) => candidate.id === id)!;
    return { source: model.source, reference, flows, pairable, placing: placement.placing[id]! };
  };
  return (
    <Page title="Meeting pack" month={model.month}>
      <div className="no-print pack-intro">
        <p className="lead">
          The month’s figures as a paper for the improvement board or the scrutiny committee: a cover with the contents, every indicator at a glance, the summary, the exceptions, the changes since the
          previous pack, questions, a page for each priority indicator with its chart and table, the workstreams, the staff survey and the terms used.
        </p>
        <MonthPicker months={model.months} month={model.month} />
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            Print this pack
          </button>
        </p>
        <p className="hint">Prints on A4 portrait. To make an accessible PDF, with its headings, tables and reading order tagged for screen readers, print from Chrome or Edge and choose “Save as PDF” as the destination: that makes a tagged PDF. Under “More settings”, turn “Headers and footers” off, as the pack prints its own. Other PDF printers, such as “Microsoft Print to PDF”, make a PDF without tags.</p>
      </div>
      <style>{packPageRules(placement.pages, model.footer)}</style>
      {/* data-pack-planned (pages) and data-pack-plan (each part's page, "+" when it shares one): the
          page plan, for the browser tests and for whoever checks a page number by hand. */}
      <PackContext.Provider value={{ href }}>
        <article className="meeting-pack" aria-labelledby="pack-title" ref={packRef} data-pack-planned={plan ? plan.pages : undefined} data-pack-plan={plan ? plan.sections.map((section) => `${section.id}:${section.page}${section.shares ? '+' : ''}`).join(' ') : undefined}>
          <CoverSection cover={model.cover} contents={placement.contents} numbered={placement.numbered} {...part('cover')} />
          <AtAGlanceSection glance={model.glance} {...part('glance')} />
          <SummarySection summary={model.summary} {...part('summary')} />
          <ExceptionsSection exceptions={model.exceptions} {...part('exceptions')} />
          <ChangesSection changes={model.changes} none={model.noChanges} {...part('changes')} />
          {model.overdue && <OverdueSection overdue={model.overdue} {...part('overdue')} />}
          <QuestionsSection questions={model.questions} {...part('questions')} />
          {model.indicators.map((indicator) => (
            <IndicatorSection key={indicator.id} indicator={indicator} {...part(`indicator-${indicator.id}`)} />
          ))}
          <WorkstreamsSection workstreams={model.workstreams} {...part('workstreams')} />
          <SurveySection survey={model.survey} {...part('survey')} />
          <GlossarySection used={model.glossary} {...part('glossary')} />
        </article>
      </PackContext.Provider>
    </Page>
  );
}
