// Where a problem is, in the words of the officer who wrote the file: "ICPC timeliness (CP5) in
// April 2019", "the numerator of ICPC timeliness (CP5) in April 2019", "the RAG of the Practice
// workstream in April 2019", "the target from April 2018 of ICPC timeliness (CP5)", rather than a
// JSON path ($.values.CP5.numerator). The path stays on the problem for machines (the JSON report,
// the form's fields); this is what a person reads. Indicators and workstreams are named from the
// catalogue; lists by what their entries say (a target by its month, a survey by its name).
import { formatMonthLong, isMonth } from '../months';
import type { JsonPath } from './jsonSource';
import { monthOfFileName } from './fileKinds';

export interface PlaceNames {
  /** Indicator id -> "ICPC timeliness (CP5)". */
  indicators: ReadonlyMap<string, string>;
  /** Workstream id -> "Practice". */
  workstreams: ReadonlyMap<string, string>;
}

/** "ICPC timeliness (CP5)": the short name an officer knows it by, and the id their file uses. */
export function indicatorLabel(indicator: { id: string; name: string; shortName?: string }): string {
  return `${indicator.shortName ?? indicator.name} (${indicator.id})`;
}

type Node = unknown;
const child = (node: Node, key: string | number): Node => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined);
const textAt = (node: Node, key: string): string | undefined => {
  const value = child(node, key);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};
const ordinal = (index: number) => `${index + 1}`;

const FIELD_WORDS: Record<string, string> = {
  numerator: 'the numerator',
  denominator: 'the denominator',
  note: 'the note',
  quality: 'the quality',
  breakdown: 'the breakdown',
  narrative: 'the narrative',
  whatItShows: '"what it shows"',
  why: '"why"',
  whatWeAreDoing: '"what we are doing"',
  owner: 'the owner',
  rag: 'the RAG',
  status: 'the status',
  highlights: 'the highlights',
  risks: 'the risks',
  actions: 'the action counts',
  actionPlan: 'the action plan',
  due: 'the due date',
  revisedDue: 'the revised due date',
  completed: 'the date completed',
  indicators: 'the indicators',
  target: 'the target',
  amber: 'the amber threshold',
  invited: 'the number invited',
  started: 'the number started',
  byTeam: 'the teams',
  statements: 'the statements',
  responses: 'the responses',
  closed: 'the date closed',
  unit: 'the unit',
  polarity: 'the polarity',
  priority: 'the priority',
  targets: 'the targets',
  benchmarks: 'the benchmarks',
  trajectory: 'the trajectory',
  spc: 'the SPC settings',
  recalculateFrom: 'the SPC setting "recalculateFrom"',
  fixFirst: 'the SPC setting "fixFirst"',
  aggregate: 'the year-to-date rule',
  decimals: 'the decimal places',
  name: 'the name',
  shortName: 'the short name',
  area: 'the area',
  definition: 'the definition',
  sro: 'the senior responsible owner',
  label: 'the label',
  period: 'the period',
  date: 'the date',
  end: 'the end date',
  month: 'the month',
  from: 'the month it applies from',
};

/** "the numerator of X", or X itself for its value (or a key the contract does not know: the message names it). */
function fieldOf(field: string | number | undefined, whole: string): string {
  if (field === undefined || field === 'value' || typeof field === 'number' || !Object.hasOwn(FIELD_WORDS, field)) return whole;
  return `${FIELD_WORDS[field]} of ${whole}`;
}

function snapshotPlace(file: string, path: JsonPath, json: Node, names: PlaceNames): string | undefined {
  const declared = textAt(json, 'month');
  const month = monthOfFileName(file) ?? (isMonth(declared) ? declared : undefined);
  const when = month ? formatMonthLong(month) : file;
  const [top, key, field, index, sub] = path;
  const indicator = (id: string) => names.indicators.get(id) ?? `"${id}"`;
  switch (top) {
    case undefined:
      return undefined;
    case 'values': {
      if (typeof key !== 'string') return `the figures of ${when}`;
      const figure = `${indicator(key)} in ${when}`;
      if (field === 'breakdown' && typeof index === 'string') return `the ${index} figure of ${figure}`;
      if (field === 'narrative' && typeof index === 'string' && Object.hasOwn(FIELD_WORDS, index)) return `${FIELD_WORDS[index]} in the narrative of ${figure}`;
      return fieldOf(field, figure);
    }
    case 'workstreams': {
      if (typeof key !== 'string') return `the workstream reports of ${when}`;
      const report = `the ${names.workstreams.get(key) ?? `"${key}"`} workstream's report for ${when}`;
      if (field === 'actionPlan' && typeof index === 'number') {
        const id = textAt(child(child(child(child(json, 'workstreams'), key), 'actionPlan'), index), 'id');
        return fieldOf(sub, `action ${ordinal(index)}${id ? ` (${id})` : ''} of ${report}`);
      }
      if ((field === 'highlights' || field === 'risks') && typeof index === 'number') return `${field === 'risks' ? 'risk' : 'highlight'} ${ordinal(index)} of ${report}`;
      if (field === 'actions') return fieldOf(index, `the action counts of ${report}`);
      return fieldOf(field, report);
    }
    case 'surveys': {
      if (typeof key !== 'number') return `the surveys of ${when}`;
      const name = textAt(child(child(json, 'surveys'), key), 'name');
      const survey = `${name ? `the survey "${name}"` : `survey ${ordinal(key)}`} in ${when}`;
      if (field === 'statements' && typeof index === 'number') return fieldOf(sub, `statement ${ordinal(index)} of ${survey}`);
      if (field === 'byTeam' && typeof index === 'string') return `the team ${index} of ${survey}`;
      // A survey's `completed` is a count of people; an action's is a date.
      return field === 'completed' ? `the number completed of ${survey}` : fieldOf(field, survey);
    }
    case 'questions':
      return typeof key === 'number' ? `question ${ordinal(key)} in ${when}` : `the questions of ${when}`;
    case 'commentary':
      return `the commentary for ${when}`;
    case 'produced':
      return `the date ${when}'s figures were produced`;
    default:
      return fieldOf(top, when);
  }
}

function cataloguePlace(path: JsonPath, json: Node): string | undefined {
  const [top, index, field, entry, sub] = path;
  if (top !== 'indicators' || typeof index !== 'number') return undefined;
  const raw = child(child(json, 'indicators'), index);
  const id = textAt(raw, 'id');
  const name = textAt(raw, 'shortName') ?? textAt(raw, 'name');
  const indicator = id ? (name ? `${name} (${id})` : id) : `indicator ${ordinal(index)} of the catalogue`;
  if (typeof entry === 'number' && (field === 'targets' || field === 'benchmarks' || field === 'trajectory')) {
    const item = child(child(raw, field), entry);
    const from = textAt(item, field === 'targets' ? 'from' : 'month');
    const when = isMonth(from) ? formatMonthLong(from) : undefined;
    const what =
      field === 'targets' ? `the target${when ? ` from ${when}` : ` ${ordinal(entry)}`}`
      : field === 'trajectory' ? `the trajectory${when ? ` for ${when}` : ` point ${ordinal(entry)}`}`
      : `the ${[textAt(item, 'label'), textAt(item, 'period')].filter(Boolean).join(' ') || ordinal(entry)} benchmark`;
    return sub === undefined || sub === 'target' || sub === 'value' ? `${what} of ${indicator}` : fieldOf(sub, `${what} of ${indicator}`);
  }
  if (field === 'spc' && entry !== undefined) return `${FIELD_WORDS[String(entry)] ?? 'the SPC settings'} of ${indicator}`;
  return fieldOf(field, indicator);
}

/** Where `path` in `file` is, in words; undefined for the file as a whole or a place it cannot name. */
export function placeInWords(file: string, path: JsonPath | undefined, json: Node, names: PlaceNames): string | undefined {
  if (!path || path.length === 0) return undefined;
  if (file.startsWith('snapshots/')) return snapshotPlace(file, path, json, names);
  if (file === 'indicators.json') return cataloguePlace(path, json);
  const [top, index, field] = path;
  if (typeof index !== 'number') return undefined;
  const item = child(child(json, top!), index);
  if (file === 'workstreams.json' && top === 'workstreams') {
    const name = textAt(item, 'name') ?? textAt(item, 'id');
    return fieldOf(field, name ? `the ${name} workstream` : `workstream ${ordinal(index)}`);
  }
  if (file === 'events.json' && top === 'events') {
    const label = textAt(item, 'label');
    return fieldOf(field, label ? `the event "${label}"` : `event ${ordinal(index)}`);
  }
  if (file === 'comparators.json' && top === 'measures') {
    const id = textAt(item, 'indicator');
    return `the comparators of ${id ?? `measure ${ordinal(index)}`}`;
  }
  return undefined;
}
