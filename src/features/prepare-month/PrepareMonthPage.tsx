import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { IndicatorFields, WorkstreamFields } from './DraftSections';
import { ErrorSummary, WarningList } from './ErrorSummary';
import { CarriedMark, CarriedSummary } from './CarriedOver';
import { DraftKeeping } from './DraftKeeping';
import { FormContents, SectionHeading, ToContents } from './FormContents';
import { MonthFields } from './MonthFields';
import { QuestionFields } from './QuestionFields';
import { StartForm } from './StartForm';
import { usePrepareMonth } from './usePrepareMonth';
import './prepareMonth.css';

export function PrepareMonthPage() {
  const form = usePrepareMonth();
  const { dataset, draft, check, model, sections, edit, summaryRef, carriedSummaryRef } = form;
  const mark = (part: string) => <CarriedMark part={part} state={draft.carried?.[part]} words={model.carried} onKeep={edit.keep} />;
  const fields = { draft, errors: form.errors, onChange: edit.change, mark };
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));
  const workstreams = new Map(dataset.workstreams.map((workstream) => [workstream.id, workstream]));

  return (
    <Page
      title="Prepare a month"
      lead={
        <p>
          Fill in a month’s figures, commentary and workstream reports, then download the file to put in the data folder’s{' '}
          <code>snapshots/</code>. Everything is checked here, in your browser, with the same checks as <code>npm run check-data</code>.
          Nothing is sent anywhere. See <Link to="/help/add-month/">how to add a month</Link>, or{' '}
          <Link to="/build-from-annex-a/">count the month’s figures from the Annex A extract</Link> first.
        </p>
      }
    >
      <StartForm options={model.startOptions} hint={model.startHint} value={form.startWith} onChange={form.setStartWith} onStart={form.onStart} />

      <h2>{model.heading}</h2>
      <p aria-live="polite">{model.status}</p>
      <DraftKeeping model={model} onUseOther={form.onUseOther} onKeepThis={form.onKeepThis} />

      {model.replaces && <p className="notice notice-warning">{model.replaces}</p>}

      {form.submitted && model.carried && model.carried.parts.length > 0 && <CarriedSummary ref={carriedSummaryRef} words={model.carried} />}
      {check.errors.length > 0 && <ErrorSummary ref={summaryRef} problems={check.errors} labelOf={form.labelOf} announce={form.submitted} />}

      <FormContents sections={sections} />

      <form onSubmit={form.onSubmit} noValidate aria-label={`Figures for ${draft.month}`}>
        <MonthFields section={sections.month} {...fields} />

        <SectionHeading level={2} section={sections.indicators} />
        {sections.indicators.areas.map((area) => (
          <div className="draft-section" key={area.id}>
            <SectionHeading level={3} section={area} />
            {area.indicators.map((id) => (
              <IndicatorFields key={id} indicator={indicators.get(id)!} previous={model.previousFigures[id]} {...fields} />
            ))}
          </div>
        ))}

        <SectionHeading level={2} section={sections.workstreams} />
        {sections.workstreams.sections.map((section) => (
          <WorkstreamFields key={section.id} section={section} workstream={workstreams.get(section.workstream)!} onAddAction={edit.addAction} onRemoveAction={edit.removeAction} {...fields} />
        ))}

        <div className="draft-section">
          <SectionHeading level={2} section={sections.questions} />
          <QuestionFields indicators={dataset.indicators} onAdd={edit.addQuestion} onRemove={edit.removeQuestion} {...fields} />
        </div>

        <SectionHeading level={2} section={sections.check} />
        {check.warnings.length > 0 && <WarningList warnings={check.warnings} labelOf={form.labelOf} />}
        {/* One Download for the whole form, kept in view at the foot of the window while any section is (prepareMonth.css). */}
        <div className="draft-actions draft-actions-sticky">
          <button type="submit" className="button">
            {model.download}
          </button>
          <ToContents words={sections.backToContents} />
        </div>
        <p>
          <button type="button" className="button button-secondary" onClick={form.onDiscard}>
            Discard draft
          </button>
        </p>
      </form>
    </Page>
  );
}
