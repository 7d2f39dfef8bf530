// The data contract (shared/data-contract.md) as one zod schema per file. The TypeScript types
// and the JSON Schema in data/schema/ are both derived from these; nothing else defines the data.
// Every object is strict: a key the contract does not know is an error, because a typo such as
// "valeu" must never lose a figure silently. Checks that need more than one field, or another
// file (percent range, numerator agreement, unknown ids), live in checks.ts.
//
// zod/mini rather than classic zod: the same schemas and the same issues, but functions instead
// of methods, so the browser's bundle carries about 16 KB (gzip) less before the Overview shows.
import * as z from 'zod/mini';
import { daysInMonth, FIRST_YEAR, LAST_YEAR } from './months';

const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const ID_PATTERN = '^[A-Za-z0-9-]+$';

/** A description for officers' editors, shown by the JSON Schema. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.meta({ description })) as T;
}

const text = () => z.string().check(z.minLength(1));

const yearOf = (text: string) => Number(text.slice(0, 4));
const yearInRange = (text: unknown) => typeof text !== 'string' || !/^\d{4}-/.test(text) || (yearOf(text) >= FIRST_YEAR && yearOf(text) <= LAST_YEAR);
const yearCheck = z.refine(yearInRange, {
  error: `A year outside ${FIRST_YEAR} to ${LAST_YEAR}`,
  params: { code: 'year-out-of-range', expected: `a year from ${FIRST_YEAR} to ${LAST_YEAR}` },
});

/** 2018-02-29 and 2018-04-31 have the right form but are not days of the calendar. */
function isCalendarDay(text: unknown): boolean {
  if (typeof text !== 'string') return true;
  const match = new RegExp(DATE_PATTERN).exec(text);
  if (!match) return true; // the pattern has said so already
  return Number(text.slice(8, 10)) <= daysInMonth(yearOf(text), Number(text.slice(5, 7)));
}

export const monthSchema = described(
  z.string().check(z.regex(new RegExp(MONTH_PATTERN), { error: 'a month written YYYY-MM, such as 2017-11' }), yearCheck),
  'A month written YYYY-MM, such as 2017-11.',
);

export const isoDateSchema = described(
  z.string().check(
    z.regex(new RegExp(DATE_PATTERN), { error: 'a date written YYYY-MM-DD, such as 2017-12-12' }),
    z.refine(isCalendarDay, { error: 'A date that is not a day of the calendar', params: { code: 'impossible-date', expected: 'a day of the calendar (no 29 February outside leap years, no 31st in a 30-day month)' } }),
    yearCheck,
  ),
  'A date written YYYY-MM-DD.',
);

export const idSchema = described(z.string().check(z.regex(new RegExp(ID_PATTERN), { error: 'an id of letters, digits and -' })), 'Letters, digits and -.');

const wholeNonNegative = z.int().check(z.minimum(0));
const schemaRef = described(z.optional(z.string()), 'Path of the JSON Schema for editors.');

// ---------- site.json ----------
/** The committee paper's cover (the seed papers' front sheet): all optional, all plain text. */
export const packCoverSchema = z.strictObject({
  meeting: described(z.optional(text()), 'The meeting the pack is for, e.g. Scrutiny and Overview Committee, 23 January 2018.'),
  agendaItem: described(z.optional(text()), 'The agenda item, e.g. Item 6.'),
  author: described(z.optional(text()), 'Who wrote the report, e.g. Head of Performance, Children\'s Services.'),
  contact: described(z.optional(text()), 'How to reach the author, e.g. an email address or a telephone number.'),
});

/** The accessibility statement's council-specific parts (the GOV.UK model statement): all optional. */
export const accessibilityStatementSchema = z.strictObject({
  contact: described(z.optional(text()), 'Where to report an accessibility problem or ask for another format, e.g. an email address or a telephone number.'),
  responseDays: described(z.optional(z.int().check(z.minimum(1))), 'How many working days the council takes to reply to such a request.'),
  prepared: described(z.optional(isoDateSchema), 'The day the council prepared (or last reviewed) its accessibility statement, YYYY-MM-DD.'),
});

export const siteSchema = z.strictObject({
  $schema: schemaRef,
  organisation: described(text(), 'The council, e.g. London Borough of Croydon.'),
  title: text(),
  board: described(text(), 'The board the dashboard reports to.'),
  sampleData: described(z.optional(z.boolean()), 'true: every page says the figures are illustrative.'),
  pack: described(z.optional(packCoverSchema), 'Optional: what the meeting pack\'s cover names, as a committee paper does.'),
  accessibility: described(z.optional(accessibilityStatementSchema), 'Optional: what the accessibility statement says of the council: who to contact, how soon it replies, when it prepared the statement.'),
});

// ---------- indicators.json ----------
export const unitSchema = z.enum(['percent', 'count', 'number', 'days']);
export const polaritySchema = z.enum(['up', 'down', 'neutral']);

export const targetSchema = z.strictObject({
  from: described(monthSchema, 'The first month this target applies to.'),
  target: z.number(),
  amber: described(z.optional(z.number()), 'The worst value that is still amber.'),
  reason: described(z.optional(z.string()), 'Why the target was set.'),
  approvedBy: described(z.optional(z.string()), 'Who approved the target.'),
  approved: described(z.optional(isoDateSchema), 'The date the target was approved.'),
});

export const trajectoryPointSchema = z.strictObject({
  month: monthSchema,
  value: z.number(),
});

export const benchmarkSchema = z.strictObject({
  label: described(text(), 'England, London, Statistical neighbours, ...'),
  period: described(text(), 'The period the figure describes, e.g. 2016-17.'),
  value: z.number(),
  kind: z.optional(z.enum(['england', 'region', 'neighbours', 'council', 'other'])),
  source: described(z.optional(z.string()), 'Where the figure was published.'),
  basis: described(z.optional(z.string()), 'e.g. "mean of 10 statistical neighbours".'),
});

export const spcBaselineSchema = described(
  z.strictObject({
    fixFirst: described(z.optional(z.int().check(z.minimum(2))), 'Fix the mean and process limits on the first N points.'),
    recalculateFrom: described(
      z.optional(z.array(z.union([monthSchema, z.strictObject({ month: monthSchema, reason: z.optional(z.string()) })]))),
      'Months from which the limits are recalculated (a change in the process): a month, or { "month", "reason" }.',
    ),
  }),
  'Statistical process control baseline for this indicator.',
);

/**
 * The measures of shared annex-a.md (version 1) an indicator's figure can be counted by, from the
 * Annex A extract (src/domain/records/). Here, on the ground floor, so that an unknown id in
 * indicators.json is an error naming the nearest, and the JSON Schema lists them for editors.
 */
export const ANNEX_A_MEASURE_IDS = [
  'contacts',
  'referrals',
  'rereferrals',
  'assessmentsIn45',
  'icpcIn15',
  'cpPlans',
  'cpRepeat',
  'cpVisits',
  'claCount',
  'claVisits',
  'rhiOffered',
  'caseload',
  'unallocated',
] as const;

/** The unit each measure's figure is in: an indicator counted by a measure has that unit. */
export const ANNEX_A_MEASURE_UNITS: Readonly<Record<(typeof ANNEX_A_MEASURE_IDS)[number], 'percent' | 'count' | 'number'>> = {
  contacts: 'count',
  referrals: 'count',
  rereferrals: 'percent',
  assessmentsIn45: 'percent',
  icpcIn15: 'percent',
  cpPlans: 'count',
  cpRepeat: 'percent',
  cpVisits: 'percent',
  claCount: 'count',
  claVisits: 'percent',
  rhiOffered: 'percent',
  caseload: 'number',
  unallocated: 'count',
};

export const indicatorSourceSchema = z.strictObject({
  annexA: described(z.enum(ANNEX_A_MEASURE_IDS), 'The measure of the Annex A counting (annex-a.md) this figure is counted by.'),
});

export const indicatorSchema = z.strictObject({
  id: idSchema,
  name: text(),
  shortName: z.optional(text()),
  area: text(),
  unit: unitSchema,
  polarity: polaritySchema,
  priority: z.optional(z.boolean()),
  targets: z.optional(z.array(targetSchema)),
  target: described(z.optional(z.number()), 'Shorthand: one target for every month.'),
  amber: described(z.optional(z.number()), 'Shorthand: one amber threshold for every month.'),
  benchmarks: z.optional(z.array(benchmarkSchema)),
  definition: z.optional(z.string()),
  breakdown: described(z.optional(z.string()), 'What snapshot breakdowns are by, e.g. team.'),
  decimals: described(z.optional(z.int().check(z.minimum(0), z.maximum(3))), 'Decimal places shown. Default: 1 (counts: 0).'),
  spc: z.optional(spcBaselineSchema),
  trajectory: described(z.optional(z.array(trajectoryPointSchema)), "The plan's milestones, months ascending."),
  owner: described(z.optional(text()), 'Who answers for the indicator.'),
  aggregate: described(
    z.optional(z.enum(['sum', 'ratio', 'mean', 'latest', 'none'])),
    'How the year to date is made: sum (counts), ratio (percents: sum of numerators over sum of denominators), mean, latest or none.',
  ),
  source: described(
    z.optional(indicatorSourceSchema),
    'Optional: where the month\'s figure can be counted from, e.g. { "annexA": "icpcIn15" } (npm run build-month). A figure typed by hand stays valid.',
  ),
});

export const indicatorsFileSchema = z.strictObject({
  $schema: schemaRef,
  indicators: z.array(indicatorSchema),
});

// ---------- workstreams.json ----------
export const workstreamSchema = z.strictObject({
  id: idSchema,
  name: text(),
  sro: described(text(), 'Senior responsible owner.'),
  description: z.optional(z.string()),
});

export const workstreamsFileSchema = z.strictObject({
  $schema: schemaRef,
  workstreams: z.array(workstreamSchema),
});

// ---------- events.json ----------
export const eventSchema = z.strictObject({
  date: isoDateSchema,
  end: z.optional(isoDateSchema),
  label: text(),
});

export const eventsFileSchema = z.strictObject({
  $schema: schemaRef,
  events: z.array(eventSchema),
});

// ---------- snapshots/YYYY-MM.json ----------
/**
 * A team's figure in a breakdown: a number (or null), or, when it has them, the counts it rests on,
 * as build-month writes it: the numbers a small-numbers rule needs to suppress a team figure that
 * rests on fewer than 5 children.
 */
export const breakdownEntrySchema = z.union([
  z.nullable(z.number()),
  z.strictObject({
    value: z.nullable(z.number()),
    numerator: described(z.optional(wholeNonNegative), "How many of the team's cases met the measure: a whole number."),
    denominator: described(z.optional(wholeNonNegative), "How many of the team's cases were counted: a whole number."),
  }),
]);

export const valueObjectSchema = z.strictObject({
  value: z.nullable(z.number()),
  numerator: described(z.optional(wholeNonNegative), 'How many met the measure: a whole number.'),
  denominator: described(z.optional(wholeNonNegative), 'How many were counted: a whole number.'),
  note: z.optional(z.string()),
  breakdown: described(
    z.optional(z.record(z.string(), breakdownEntrySchema)),
    'Figures by team or service: each a number, null, or { "value", "numerator", "denominator" }.',
  ),
  quality: described(z.optional(z.enum(['good', 'caution', 'poor'])), 'How far the figure can be relied on; the reason goes in note.'),
  narrative: described(
    z.optional(
      z.strictObject({
        whatItShows: z.optional(z.string()),
        why: z.optional(z.string()),
        whatWeAreDoing: z.optional(z.string()),
        owner: z.optional(z.string()),
      }),
    ),
    "The month's commentary on the indicator, in the board's three questions, with an owner.",
  ),
});

export const valueEntrySchema = z.union([z.number(), z.null(), valueObjectSchema]);

export const ragSchema = z.enum(['red', 'amber', 'green', 'blue']);

export const actionSchema = z.strictObject({
  id: z.optional(z.string()),
  action: text(),
  owner: z.optional(z.string()),
  due: z.optional(isoDateSchema),
  revisedDue: z.optional(isoDateSchema),
  status: z.optional(z.enum(['not-started', 'on-track', 'at-risk', 'off-track', 'deferred', 'complete'])),
  completed: described(z.optional(z.nullable(isoDateSchema)), 'The date the action was done.'),
  indicators: z.optional(z.array(z.string())),
  note: z.optional(z.string()),
});

export const workstreamReportSchema = z.strictObject({
  rag: ragSchema,
  status: z.optional(z.string()),
  highlights: z.optional(z.array(z.string())),
  risks: z.optional(z.array(z.string())),
  actions: z.optional(
    z.strictObject({
      due: z.optional(wholeNonNegative),
      completed: z.optional(wholeNonNegative),
      overdue: z.optional(wholeNonNegative),
    }),
  ),
  actionPlan: z.optional(z.array(actionSchema)),
});

export const statementSchema = z.strictObject({
  text: text(),
  responses: described(z.record(z.string(), z.number().check(z.minimum(0), z.maximum(100))), 'Percentages of those who answered the statement.'),
});

export const surveySchema = z.strictObject({
  id: idSchema,
  name: text(),
  closed: z.optional(isoDateSchema),
  invited: z.optional(wholeNonNegative),
  started: z.optional(wholeNonNegative),
  completed: z.optional(wholeNonNegative),
  target: described(z.optional(z.number().check(z.minimum(0), z.maximum(100))), 'Target response rate, percent.'),
  byTeam: z.optional(z.record(z.string(), wholeNonNegative)),
  statements: z.optional(z.array(statementSchema)),
});

export const snapshotSchema = z.strictObject({
  $schema: schemaRef,
  month: monthSchema,
  status: z.optional(z.enum(['provisional', 'final'])),
  produced: described(z.optional(isoDateSchema), 'The date these figures were produced.'),
  commentary: z.optional(z.string()),
  values: z.record(z.string(), valueEntrySchema),
  workstreams: z.optional(z.record(z.string(), workstreamReportSchema)),
  surveys: z.optional(z.array(surveySchema)),
  questions: described(
    z.optional(z.array(z.strictObject({ indicator: z.optional(idSchema), text: text() }))),
    'Key lines of enquiry for the committee; indicator is optional.',
  ),
});

// ---------- comparators.json (optional; written by npm run import-benchmarks) ----------
export const comparatorValueSchema = z.strictObject({
  la: described(text(), 'The council, as the DfE names it.'),
  value: described(z.nullable(z.number()), 'The published figure; null when it is not published (never 0).'),
  council: described(z.optional(z.boolean()), 'true for the council this dashboard is for.'),
  note: described(z.optional(z.string()), 'Why a figure is missing, e.g. "suppressed (c)".'),
  below: described(z.optional(z.number()), 'With value null: the figure is published only as under this, e.g. the DfE’s "low", under 0.5.'),
});

export const comparatorMeasureSchema = z.strictObject({
  indicator: described(idSchema, 'The indicator id in indicators.json.'),
  period: described(text(), 'The period the figures describe, e.g. 2017-18.'),
  england: z.optional(z.number()),
  neighbourMean: described(z.optional(z.number()), 'The mean of the neighbours that have a figure.'),
  neighbourCount: described(z.optional(z.int().check(z.minimum(0))), 'How many neighbours’ figures the mean rests on.'),
  source: z.optional(z.string()),
  values: z.array(comparatorValueSchema),
});

/** Where the council stands among every local authority on one DfE measure and period (board/nationalRank.ts). */
export const nationalFieldSchema = z.strictObject({
  indicator: described(idSchema, 'The indicator id in indicators.json.'),
  period: described(text(), 'The period the figures describe, e.g. 2018-19.'),
  value: described(z.nullable(z.number()), 'The council’s published figure, as ranked; null when the DfE published no number for it (never 0).'),
  symbol: described(
    z.optional(z.string()),
    'With value null: the DfE’s symbol in the council’s cell, e.g. "low" (under 0.5), "u" (low reliability), "c" (suppressed); absent when the DfE published no row for the council.',
  ),
  note: described(z.optional(z.string()), 'With value null: why, in words, e.g. "suppressed (c)", "not published".'),
  jointWith: described(z.optional(text()), 'The DfE published the council’s figure jointly, for these councils together.'),
  of: described(wholeNonNegative, 'How many local authorities have a figure for the period (a joint figure counted once).'),
  higher: described(z.optional(wholeNonNegative), 'How many of them have a higher figure than the council.'),
  lower: described(z.optional(wholeNonNegative), 'How many of them have a lower figure than the council.'),
  quartiles: described(
    z.optional(z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()])),
    'The 0%, 25%, 50%, 75% and 100% quantiles of their figures (R’s default, type 7), for the quartile band.',
  ),
});

/** What the pages say of each DfE measure: what it is, how it is worked out, when it is next published. */
export const dfeMeasureSchema = z.strictObject({
  indicator: described(idSchema, 'The indicator id in indicators.json.'),
  measure: described(z.optional(text()), 'The DfE measure, in words.'),
  source: described(z.optional(text()), 'The DfE publication.'),
  calculated: described(z.optional(text()), 'How the figure is worked out from the DfE’s published counts, e.g. "100 × (A + B) / C".'),
  definitionDifference: described(z.optional(text()), 'How the council’s own monthly figure is defined differently, in words.'),
  nextPublication: described(z.optional(isoDateSchema), 'When the DfE is next expected to publish the measure.'),
});

/** The DfE statistical neighbour model the neighbours come from. */
export const neighbourModelSchema = z.strictObject({
  name: described(text(), 'The model, e.g. "DfE statistical neighbour model, 2025".'),
  year: described(z.optional(z.int()), 'The model’s year: 2025 or 2021.'),
  file: described(z.optional(text()), 'The DfE file the neighbours were read from.'),
});

export const comparatorsFileSchema = z.strictObject({
  $schema: schemaRef,
  council: text(),
  source: z.optional(z.string()),
  neighbours: described(z.array(text()), 'The statistical neighbours, nearest first.'),
  neighbourModel: described(z.optional(neighbourModelSchema), 'Which DfE statistical neighbour model the neighbours come from.'),
  measures: z.array(comparatorMeasureSchema),
  dfeMeasures: described(z.optional(z.array(dfeMeasureSchema)), 'One entry per indicator mapped to a DfE measure.'),
  national: described(z.optional(z.array(nationalFieldSchema)), 'The council among every local authority: one entry per indicator and period.'),
});

// ---------- calendar.json (optional; for counting a month from Annex A) ----------
export const closureSchema = z.strictObject({
  date: isoDateSchema,
  reason: described(z.optional(z.string()), 'Why the council is closed, e.g. Council Christmas closure.'),
});

export const calendarFileSchema = z.strictObject({
  $schema: schemaRef,
  closures: described(
    z.optional(z.array(closureSchema)),
    "The council's closure days: not working days for any timeliness measure counted from Annex A (bank holidays are known already).",
  ),
  cpVisitWorkingDays: described(
    z.optional(z.int().check(z.minimum(1), z.maximum(65))),
    'Children on a child protection plan are visited within this many working days (default 10; there is no national rule).',
  ),
  claVisitDays: described(
    z.optional(z.int().check(z.minimum(1), z.maximum(183))),
    'Looked-after children are visited within this many calendar days (default 42, six weeks: the longest interval Care Planning Regulations 2010 reg. 28 allows in general).',
  ),
});

export type Site = z.infer<typeof siteSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Polarity = z.infer<typeof polaritySchema>;
export type TargetEntry = z.infer<typeof targetSchema>;
export type Benchmark = z.infer<typeof benchmarkSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;
export type Workstream = z.infer<typeof workstreamSchema>;
export type WorkstreamsFile = z.infer<typeof workstreamsFileSchema>;
export type DashboardEvent = z.infer<typeof eventSchema>;
export type EventsFile = z.infer<typeof eventsFileSchema>;
export type ValueObject = z.infer<typeof valueObjectSchema>;
export type BreakdownEntry = z.infer<typeof breakdownEntrySchema>;
export type AnnexAMeasureId = (typeof ANNEX_A_MEASURE_IDS)[number];
export type CalendarFile = z.infer<typeof calendarFileSchema>;
export type ValueEntry = z.infer<typeof valueEntrySchema>;
export type Rag = z.infer<typeof ragSchema>;
export type WorkstreamReport = z.infer<typeof workstreamReportSchema>;
export type Action = z.infer<typeof actionSchema>;
export type TrajectoryPoint = z.infer<typeof trajectoryPointSchema>;
/**
 * A survey as the pages read it. A publication withholds a team's count under 5 as null
 * (board/smallCounts.ts); an officer's file never holds one (the schema refuses null).
 */
export type Survey = Omit<z.infer<typeof surveySchema>, 'byTeam'> & { byTeam?: Record<string, number | null> };
export type Snapshot = Omit<z.infer<typeof snapshotSchema>, 'surveys'> & { surveys?: Survey[] };
export type ComparatorValue = z.infer<typeof comparatorValueSchema>;
export type ComparatorMeasure = z.infer<typeof comparatorMeasureSchema>;
export type ComparatorsFile = z.infer<typeof comparatorsFileSchema>;
export type NationalField = z.infer<typeof nationalFieldSchema>;
export type DfeMeasure = z.infer<typeof dfeMeasureSchema>;
export type NeighbourModel = z.infer<typeof neighbourModelSchema>;

/** The kinds of file in the data folder, and the schema of each. */
export const fileSchemas = {
  site: siteSchema,
  indicators: indicatorsFileSchema,
  workstreams: workstreamsFileSchema,
  events: eventsFileSchema,
  snapshot: snapshotSchema,
  comparators: comparatorsFileSchema,
  calendar: calendarFileSchema,
} as const;

export type FileKind = keyof typeof fileSchemas;

/** What each kind of file holds once it has the contract's shape. */
export interface FileData {
  site: Site;
  indicators: IndicatorsFile;
  workstreams: { workstreams: Workstream[] };
  events: { events: DashboardEvent[] };
  snapshot: Snapshot;
  comparators: ComparatorsFile;
  calendar: CalendarFile;
}

/** The JSON Schema file name for each kind, in data/schema/. */
export const jsonSchemaFileNames: Record<FileKind, string> = {
  site: 'site.schema.json',
  indicators: 'indicators.schema.json',
  workstreams: 'workstreams.schema.json',
  events: 'events.schema.json',
  snapshot: 'snapshot.schema.json',
  comparators: 'comparators.schema.json',
  calendar: 'calendar.schema.json',
};

/** JSON Schema (draft 2020-12) for one kind of file, for officers' editors. */
export function toJsonSchema(kind: FileKind): Record<string, unknown> {
  const generated = z.toJSONSchema(fileSchemas[kind], { target: 'draft-2020-12', io: 'input' });
  return {
    ...generated,
    title: `${kind === 'snapshot' ? 'Monthly snapshot' : kind} file of the children's improvement dashboard`,
  };
}
