import { describe, expect, it } from 'vitest';
import { formPartOrder, prepareSections, type FormState } from '../../../../src/domain/present/pages/prepareSections';
import type { Indicator, Workstream } from '../../../../src/domain/schema';

const indicator = (id: string, area: string) => ({ id, area }) as Indicator;
// The catalogue names Workforce, then Child protection, then Workforce again: areas keep the order they are first named in.
const indicators = [indicator('WF1', 'Workforce'), indicator('CP5', 'Child protection'), indicator('SV1', 'Workforce')];
const workstreams = [{ id: 'practice', name: 'Practice' }, { id: 'people-performance', name: 'People and Performance' }] as Workstream[];
const data = { indicators, workstreams };
const empty: FormState = { fields: [], problems: [], warnings: [], unconfirmed: [] };
const fields = (keys: string[], filled: string[] = []) => keys.map((key) => ({ key, filled: filled.includes(key) }));

describe('prepareSections', () => {
  it('groups the indicators by area, in the catalogue’s order, and gives each workstream its section', () => {
    const sections = prepareSections(data, empty);
    expect(sections.indicators.areas.map((area) => [area.heading, area.indicators])).toEqual([
      ['Workforce', ['WF1', 'SV1']],
      ['Child protection', ['CP5']],
    ]);
    expect(sections.indicators.areas.map((area) => area.id)).toEqual(['draft-area-workforce', 'draft-area-child-protection']);
    expect(sections.workstreams.sections.map((section) => [section.id, section.heading, section.workstream])).toEqual([
      ['draft-workstream-practice', 'Practice', 'practice'],
      ['draft-workstream-people-performance', 'People and Performance', 'people-performance'],
    ]);
    const ids = [sections.month, sections.indicators, ...sections.indicators.areas, sections.workstreams, ...sections.workstreams.sections, sections.questions, sections.check].map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts each section’s fields, those filled, its problems, warnings and parts to confirm', () => {
    const sections = prepareSections(data, {
      fields: fields(
        ['month', 'status', 'commentary', 'values.WF1.value', 'values.WF1.note', 'values.SV1.value', 'values.CP5.value', 'workstreams.practice.rag', 'workstreams.practice.actionPlan.0.due', 'questions.0.text'],
        ['month', 'status', 'values.SV1.value', 'workstreams.practice.actionPlan.0.due'],
      ),
      problems: ['values.SV1.value', 'values.WF1.value', 'values.WF1.value', 'workstreams.practice.actionPlan.0.due'],
      warnings: ['month'],
      unconfirmed: ['commentary', 'values.CP5', 'workstreams.practice'],
    });
    expect(sections.month.counts).toBe('3 fields: 2 filled, 1 warning, 1 to confirm.');
    expect(sections.indicators.areas.map((area) => area.counts)).toEqual(['3 fields: 1 filled, 3 problems.', '1 field: 0 filled, 1 to confirm.']);
    expect(sections.workstreams.sections.map((section) => section.counts)).toEqual(['2 fields: 1 filled, 1 problem, 1 to confirm.', '0 fields: 0 filled.']);
    expect(sections.questions.counts).toBe('1 field: 0 filled.');
    expect(sections.check.counts).toBe('4 problems, 1 warning, 3 to confirm.');
    expect(prepareSections(data, empty).check.counts).toBe('No problems or warnings.');
  });
});

describe('formPartOrder', () => {
  it('lists the parts as the form shows them: the indicators by area', () => {
    expect(formPartOrder(data)).toEqual(['commentary', 'values.WF1', 'values.SV1', 'values.CP5', 'workstreams.practice', 'workstreams.people-performance', 'questions']);
  });
});
