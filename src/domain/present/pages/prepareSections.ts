// The Prepare-a-month form in sections, and the contents list at its top: the month; the
// indicators by the catalogue's area (areas in the order the catalogue first names them, the
// indicators in its order within each); each workstream with its action plan; the questions. Each
// section says how many fields it has, how many are filled, and how many have a problem, a warning
// or words carried over from last month still to confirm, so that on a form of some 300 fields an
// officer sees where the work is and goes straight to it (issue 27: one 29,000 px page with its
// Download only at the bottom).
import type { Indicator, Workstream } from '../../schema';
import type { PageData } from './pageData';

/** What the form holds, by field key (contract/draftFields.ts' keys: `values.CP5.numerator`), and its parts still to confirm (`values.CP5`). */
export interface FormState {
  fields: readonly { key: string; filled: boolean }[];
  /** The fields with a problem, and with a warning: a key once per message. */
  problems: readonly string[];
  warnings: readonly string[];
  /** The parts carried over from last month and not yet confirmed (contract/carriedOver.ts' parts). */
  unconfirmed: readonly string[];
}

export interface FormSection {
  /** The HTML id of the section's heading, which the contents list links to. */
  id: string;
  heading: string;
  /** "27 fields: 12 filled, 1 problem, 1 to confirm." */
  counts: string;
}

export interface AreaSection extends FormSection {
  /** The indicators in it, by id, in the catalogue's order. */
  indicators: string[];
}

export interface WorkstreamSection extends FormSection {
  workstream: string;
}

export interface FormSections {
  contentsTitle: string;
  month: FormSection;
  indicators: { id: string; heading: string; areas: AreaSection[] };
  workstreams: { id: string; heading: string; sections: WorkstreamSection[] };
  questions: FormSection;
  /** The last entry of the contents: the form's warnings and its Download, with the form's problems, warnings and parts to confirm in all. */
  check: FormSection;
  /** The link on the action bar back to the contents. */
  backToContents: string;
}

/** The id of the contents list's heading, which the action bar's link goes back to. */
export const CONTENTS_ID = 'draft-contents';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The section a field or a part belongs to: `values.CP5.note` and `values.CP5` to CP5's area. */
function sectionKey(key: string, areaOf: ReadonlyMap<string, string>): string {
  const [top, id] = key.split('.');
  if (top === 'values') return `area:${areaOf.get(id ?? '') ?? ''}`;
  if (top === 'workstreams') return `workstream:${id}`;
  if (top === 'questions') return 'questions';
  return 'month';
}

/** The areas in the catalogue's order of first naming, each with its indicators. */
function areasOf(indicators: readonly Pick<Indicator, 'id' | 'area'>[]): Map<string, string[]> {
  const areas = new Map<string, string[]>();
  for (const indicator of indicators) areas.set(indicator.area, [...(areas.get(indicator.area) ?? []), indicator.id]);
  return areas;
}

/** Every part of the form in its order (the month's commentary, each indicator, each workstream, the questions): for listing parts as the form shows them. */
export function formPartOrder(data: { indicators: readonly Pick<Indicator, 'id' | 'area'>[]; workstreams: readonly Pick<Workstream, 'id'>[] }): string[] {
  return ['commentary', ...[...areasOf(data.indicators).values()].flat().map((id) => `values.${id}`), ...data.workstreams.map((workstream) => `workstreams.${workstream.id}`), 'questions'];
}

interface Tally {
  fields: number;
  filled: number;
  problems: number;
  warnings: number;
  unconfirmed: number;
}
const NOTHING: Tally = { fields: 0, filled: 0, problems: 0, warnings: 0, unconfirmed: 0 };

const flagWords = (tally: Tally) =>
  [tally.problems > 0 ? plural(tally.problems, 'problem') : '', tally.warnings > 0 ? plural(tally.warnings, 'warning') : '', tally.unconfirmed > 0 ? `${tally.unconfirmed} to confirm` : ''].filter(Boolean);

/** "27 fields: 12 filled, 1 problem, 2 warnings, 1 to confirm." */
const sectionWords = (tally: Tally) => `${plural(tally.fields, 'field')}: ${[`${tally.filled} filled`, ...flagWords(tally)].join(', ')}.`;

/** The whole form's: "3 problems, 11 warnings." or "No problems or warnings." */
function checkWords(form: FormState): string {
  const flags = flagWords({ ...NOTHING, problems: form.problems.length, warnings: form.warnings.length, unconfirmed: form.unconfirmed.length });
  return flags.length > 0 ? `${flags.join(', ')}.` : 'No problems or warnings.';
}

export function prepareSections(data: Pick<PageData, 'indicators' | 'workstreams'>, form: FormState): FormSections {
  const areas = areasOf(data.indicators);
  const areaOf = new Map(data.indicators.map((indicator) => [indicator.id, indicator.area]));
  const tally = new Map<string, Tally>();
  const at = (key: string) => {
    const section = sectionKey(key, areaOf);
    const counts = tally.get(section) ?? { ...NOTHING };
    tally.set(section, counts);
    return counts;
  };
  for (const field of form.fields) {
    const counts = at(field.key);
    counts.fields += 1;
    if (field.filled) counts.filled += 1;
  }
  for (const key of form.problems) at(key).problems += 1;
  for (const key of form.warnings) at(key).warnings += 1;
  for (const part of form.unconfirmed) at(part).unconfirmed += 1;
  const counts = (section: string) => sectionWords(tally.get(section) ?? NOTHING);
  return {
    contentsTitle: 'Contents',
    month: { id: 'draft-month', heading: 'The month', counts: counts('month') },
    indicators: {
      id: 'draft-indicators',
      heading: 'Indicators',
      areas: [...areas].map(([area, indicators]) => ({ id: `draft-area-${slug(area)}`, heading: area, counts: counts(`area:${area}`), indicators })),
    },
    workstreams: {
      id: 'draft-workstreams',
      heading: 'Workstreams',
      sections: data.workstreams.map((workstream) => ({ id: `draft-workstream-${workstream.id}`, heading: workstream.name, counts: counts(`workstream:${workstream.id}`), workstream: workstream.id })),
    },
    questions: { id: 'draft-questions', heading: 'Questions for the committee', counts: counts('questions') },
    check: { id: 'draft-check', heading: 'Check and download', counts: checkWords(form) },
    backToContents: 'Back to contents',
  };
}
