// The parts of the "Prepare a month" form: an indicator, and a workstream with its action plan (the
// questions are QuestionFields.tsx). Each shows the field values it is given and reports changes by field key.
import type { ReactNode } from 'react';
import type { FieldProblem } from '../../domain/contract/draftCheck';
import { ACTION_STATUSES, QUALITIES, RAGS, type MonthDraft } from '../../domain/contract/monthDraft';
import type { Indicator, Workstream } from '../../domain/schema';
import { indicatorFields } from '../../domain/contract/draftFields';
import { ACTION_WORDS } from '../../domain/present/pages/prepareMonth';
import type { FormSection } from '../../domain/present/pages/prepareSections';
import { SelectField, TextArea, TextField } from './Fields';
import { SectionHeading } from './FormContents';

export interface SectionProps {
  draft: MonthDraft;
  errors: Map<string, FieldProblem>;
  onChange: (field: string, value: string) => void;
  /** The mark of a part carried over from last month (CarriedOver.tsx), or nothing. */
  mark: (part: string) => ReactNode;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const UNIT_HINT: Record<Indicator['unit'], string> = {
  percent: 'A percentage from 0 to 100, such as 86.3 (not 0.863). Leave empty if not available and say why in the note.',
  count: 'A whole number. Leave empty if not available and say why in the note.',
  number: 'A number, decimals allowed. Leave empty if not available and say why in the note.',
  days: 'A number of days. Leave empty if not available and say why in the note.',
};

/** `previous`: last month's figure in words, for a new month, shown beside the figure's fields and read with the value. */
export function IndicatorFields({ indicator, draft, errors, onChange, mark, previous }: SectionProps & { indicator: Indicator; previous?: string }) {
  const entry = draft.values[indicator.id];
  if (!entry) return null;
  const key = (name: string) => `values.${indicator.id}.${name}`;
  const common = (name: keyof typeof entry) => ({ field: key(name), value: String(entry[name] ?? ''), error: errors.get(key(name))?.text, onChange });
  return (
    <fieldset className="draft-fieldset">
      <legend>
        {indicator.id}: {indicator.shortName ?? indicator.name}
      </legend>
      {/* The figure beside its commentary where the window is wide enough (prepareMonth.css), so the form is shorter. */}
      <div className="draft-columns">
        <div>
          {previous && (
            <p className="previous-figure" id={`previous-${indicator.id}`}>
              {previous}
            </p>
          )}
          <div className="form-row">
            <TextField label="Value" hint={UNIT_HINT[indicator.unit]} inputMode="decimal" describedBy={previous ? `previous-${indicator.id}` : undefined} {...common('value')} />
          </div>
          {indicatorFields(indicator.unit).includes('numerator') && (
            <div className="form-row">
              <TextField label="Numerator" width="short" inputMode="numeric" {...common('numerator')} />
              <TextField label="Denominator" width="short" inputMode="numeric" {...common('denominator')} />
            </div>
          )}
          <TextField label="Note" hint="Why a figure is missing or unreliable; shown with the figure." {...common('note')} />
          <SelectField
            label="Quality of the figure"
            options={[{ value: '', label: 'Not said' }, ...QUALITIES.map((quality) => ({ value: quality, label: capitalise(quality) }))]}
            {...common('quality')}
          />
        </div>
        <fieldset className="draft-subgroup">
          <legend>The month’s commentary on {indicator.id}</legend>
          {mark(`values.${indicator.id}`)}
          <TextArea label="What it shows" rows={2} {...common('whatItShows')} />
          <TextArea label="Why" rows={2} {...common('why')} />
          <TextArea label="What we are doing" rows={2} {...common('whatWeAreDoing')} />
          <TextField label="Owner" {...common('owner')} />
        </fieldset>
      </div>
    </fieldset>
  );
}

/** `section`: the workstream's heading, in its legend, which the form's contents list links to. */
export function WorkstreamFields({ workstream, section, draft, errors, onChange, mark, onAddAction, onRemoveAction }: SectionProps & { workstream: Workstream; section: FormSection; onAddAction: (id: string) => void; onRemoveAction: (id: string, index: number) => void }) {
  const report = draft.workstreams[workstream.id];
  if (!report) return null;
  const key = (name: string) => `workstreams.${workstream.id}.${name}`;
  const common = (name: Exclude<keyof typeof report, 'actionPlan'>) => ({ field: key(name), value: report[name], error: errors.get(key(name))?.text, onChange });
  return (
    <fieldset className="draft-fieldset draft-section">
      <legend>
        <SectionHeading level={3} section={section} after={<span className="hint"> (SRO: {workstream.sro})</span>} />
      </legend>
      {mark(`workstreams.${workstream.id}`)}
      <SelectField
        label="RAG"
        hint="Leave as “Not reported” if the workstream does not report this month."
        options={[{ value: '', label: 'Not reported' }, ...RAGS.map((rag) => ({ value: rag, label: rag === 'blue' ? 'Blue (complete)' : capitalise(rag) }))]}
        {...common('rag')}
      />
      <TextField label="Status" hint="A few words, such as “On track”." {...common('status')} />
      <TextArea label="Highlights" hint="One a line." {...common('highlights')} />
      <TextArea label="Risks" hint="One a line." {...common('risks')} />
      <div className="form-row">
        <TextField label="Actions due" width="short" inputMode="numeric" {...common('actionsDue')} />
        <TextField label="Actions completed" width="short" inputMode="numeric" {...common('actionsCompleted')} />
        <TextField label="Actions overdue" width="short" inputMode="numeric" {...common('actionsOverdue')} />
      </div>
      {report.actionPlan.map((action, index) => {
        const actionKey = (name: string) => key(`actionPlan.${index}.${name}`);
        const field = (name: keyof typeof action) => ({ field: actionKey(name), label: ACTION_WORDS[name]!, value: action[name], error: errors.get(actionKey(name))?.text, onChange });
        return (
          <fieldset className="draft-subgroup draft-columns" key={index}>
            <legend>
              Action {index + 1}
              {action.action ? `: ${action.action}` : ''}
            </legend>
            <TextField {...field('action')} />
            <div className="form-row">
              <TextField width="short" {...field('id')} />
              <TextField {...field('owner')} />
            </div>
            <div className="form-row">
              <TextField width="short" {...field('due')} />
              <TextField width="short" {...field('revisedDue')} />
              <TextField width="short" {...field('completed')} />
            </div>
            <SelectField options={[{ value: '', label: 'Not said' }, ...ACTION_STATUSES.map((status) => ({ value: status, label: capitalise(status.replace(/-/g, ' ')) }))]} {...field('status')} />
            <TextField hint="Indicator ids, separated by commas, such as CP5, WF1." {...field('indicators')} />
            <TextField {...field('note')} />
            <button type="button" className="button button-secondary" onClick={() => onRemoveAction(workstream.id, index)}>
              Remove action {index + 1} of {workstream.name}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button type="button" className="button button-secondary" onClick={() => onAddAction(workstream.id)}>
          Add an action to {workstream.name}
        </button>
      </p>
    </fieldset>
  );
}
