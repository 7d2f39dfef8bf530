// The data contract (shared/data-contract.md) as one zod schema per file. The TypeScript types
// and the JSON Schema in data/schema/ are both derived from these; nothing else defines the data.
// Every object is strict: a key the contract does not know is an error, because a typo such as
// "valeu" must never lose a figure silently. Checks that need more than one field, or another
// file (percent range, numerator agreement, unknown ids), live in checks.ts.
import { z } from 'zod';

const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const ID_PATTERN = '^[A-Za-z0-9-]+$';

export const monthSchema = z
  .string()
  .regex(new RegExp(MONTH_PATTERN), { message: 'a month written YYYY-MM, such as 2017-11' })
  .meta({ description: 'A month written YYYY-MM, such as 2017-11.' });

export const isoDateSchema = z
  .string()
  .regex(new RegExp(DATE_PATTERN), { message: 'a date written YYYY-MM-DD, such as 2017-12-12' })
  .meta({ description: 'A date written YYYY-MM-DD.' });

export const idSchema = z
  .string()
  .regex(new RegExp(ID_PATTERN), { message: 'an id of letters, digits and -' })
  .meta({ description: 'Letters, digits and -.' });

const nonNegative = z.number().min(0);
const wholeNonNegative = z.number().int().min(0);
const schemaRef = z.string().optional().meta({ description: 'Path of the JSON Schema for editors.' });

// ---------- site.json ----------
export const siteSchema = z.strictObject({
  $schema: schemaRef,
  organisation: z.string().min(1).meta({ description: 'The council, e.g. London Borough of Croydon.' }),
  title: z.string().min(1),
  board: z.string().min(1).meta({ description: 'The board the dashboard reports to.' }),
  sampleData: z.boolean().optional().meta({ description: 'true: every page says the figures are illustrative.' }),
});

// ---------- indicators.json ----------
export const unitSchema = z.enum(['percent', 'count', 'number', 'days']);
export const polaritySchema = z.enum(['up', 'down', 'neutral']);

export const targetSchema = z.strictObject({
  from: monthSchema.meta({ description: 'The first month this target applies to.' }),
  target: z.number(),
  amber: z.number().optional().meta({ description: 'The worst value that is still amber.' }),
});

export const benchmarkSchema = z.strictObject({
  label: z.string().min(1).meta({ description: 'England, London, Statistical neighbours, ...' }),
  period: z.string().min(1).meta({ description: 'The period the figure describes, e.g. 2016-17.' }),
  value: z.number(),
  kind: z.enum(['england', 'region', 'neighbours', 'council', 'other']).optional(),
  source: z.string().optional().meta({ description: 'Where the figure was published.' }),
  basis: z.string().optional().meta({ description: 'e.g. "mean of 10 statistical neighbours".' }),
});

export const spcBaselineSchema = z
  .strictObject({
    fixFirst: z.number().int().min(2).optional().meta({
      description: 'Fix the mean and process limits on the first N points.',
    }),
    recalculateFrom: z.array(monthSchema).optional().meta({
      description: 'Months from which the limits are recalculated (a change in the process).',
    }),
  })
  .meta({ description: 'Statistical process control baseline for this indicator.' });

export const indicatorSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  area: z.string().min(1),
  unit: unitSchema,
  polarity: polaritySchema,
  priority: z.boolean().optional(),
  targets: z.array(targetSchema).optional(),
  target: z.number().optional().meta({ description: 'Shorthand: one target for every month.' }),
  amber: z.number().optional().meta({ description: 'Shorthand: one amber threshold for every month.' }),
  benchmarks: z.array(benchmarkSchema).optional(),
  definition: z.string().optional(),
  breakdown: z.string().optional().meta({ description: 'What snapshot breakdowns are by, e.g. team.' }),
  decimals: z.number().int().min(0).max(3).optional().meta({
    description: 'Decimal places shown. Default: 1 (counts: 0).',
  }),
  spc: spcBaselineSchema.optional(),
});

export const indicatorsFileSchema = z.strictObject({
  $schema: schemaRef,
  indicators: z.array(indicatorSchema),
});

// ---------- workstreams.json ----------
export const workstreamSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  sro: z.string().min(1).meta({ description: 'Senior responsible owner.' }),
  description: z.string().optional(),
});

export const workstreamsFileSchema = z.strictObject({
  $schema: schemaRef,
  workstreams: z.array(workstreamSchema),
});

// ---------- events.json ----------
export const eventSchema = z.strictObject({
  date: isoDateSchema,
  end: isoDateSchema.optional(),
  label: z.string().min(1),
});

export const eventsFileSchema = z.strictObject({
  $schema: schemaRef,
  events: z.array(eventSchema),
});

// ---------- snapshots/YYYY-MM.json ----------
export const valueObjectSchema = z.strictObject({
  value: z.number().nullable(),
  numerator: nonNegative.optional(),
  denominator: nonNegative.optional(),
  note: z.string().optional(),
  breakdown: z.record(z.string(), z.number().nullable()).optional(),
});

export const valueEntrySchema = z.union([z.number(), z.null(), valueObjectSchema]);

export const ragSchema = z.enum(['red', 'amber', 'green', 'blue']);

export const workstreamReportSchema = z.strictObject({
  rag: ragSchema,
  status: z.string().optional(),
  highlights: z.array(z.string()).optional(),
  risks: z.array(z.string()).optional(),
  actions: z
    .strictObject({
      due: wholeNonNegative.optional(),
      completed: wholeNonNegative.optional(),
      overdue: wholeNonNegative.optional(),
    })
    .optional(),
});

export const statementSchema = z.strictObject({
  text: z.string().min(1),
  responses: z.record(z.string(), z.number().min(0).max(100)).meta({
    description: 'Percentages of those who answered the statement.',
  }),
});

export const surveySchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  closed: isoDateSchema.optional(),
  invited: wholeNonNegative.optional(),
  started: wholeNonNegative.optional(),
  completed: wholeNonNegative.optional(),
  target: z.number().min(0).max(100).optional().meta({ description: 'Target response rate, percent.' }),
  byTeam: z.record(z.string(), wholeNonNegative).optional(),
  statements: z.array(statementSchema).optional(),
});

export const snapshotSchema = z.strictObject({
  $schema: schemaRef,
  month: monthSchema,
  status: z.enum(['provisional', 'final']).optional(),
  produced: isoDateSchema.optional().meta({ description: 'The date these figures were produced.' }),
  commentary: z.string().optional(),
  values: z.record(z.string(), valueEntrySchema),
  workstreams: z.record(z.string(), workstreamReportSchema).optional(),
  surveys: z.array(surveySchema).optional(),
});

// ---------- comparators.json (optional; written by npm run import-benchmarks) ----------
export const comparatorValueSchema = z.strictObject({
  la: z.string().min(1).meta({ description: 'The council, as the DfE names it.' }),
  value: z.number().nullable().meta({ description: 'The published figure; null when it is not published (never 0).' }),
  council: z.boolean().optional().meta({ description: 'true for the council this dashboard is for.' }),
  note: z.string().optional().meta({ description: 'Why a figure is missing, e.g. "suppressed (c)".' }),
});

export const comparatorMeasureSchema = z.strictObject({
  indicator: idSchema.meta({ description: 'The indicator id in indicators.json.' }),
  period: z.string().min(1).meta({ description: 'The period the figures describe, e.g. 2017-18.' }),
  england: z.number().optional(),
  neighbourMean: z.number().optional().meta({ description: 'The mean of the neighbours that have a figure.' }),
  source: z.string().optional(),
  values: z.array(comparatorValueSchema),
});

export const comparatorsFileSchema = z.strictObject({
  $schema: schemaRef,
  council: z.string().min(1),
  source: z.string().optional(),
  neighbours: z.array(z.string().min(1)).meta({ description: 'The statistical neighbours, nearest first.' }),
  measures: z.array(comparatorMeasureSchema),
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
export type ValueEntry = z.infer<typeof valueEntrySchema>;
export type Rag = z.infer<typeof ragSchema>;
export type WorkstreamReport = z.infer<typeof workstreamReportSchema>;
export type Survey = z.infer<typeof surveySchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type ComparatorValue = z.infer<typeof comparatorValueSchema>;
export type ComparatorMeasure = z.infer<typeof comparatorMeasureSchema>;
export type ComparatorsFile = z.infer<typeof comparatorsFileSchema>;

/** The kinds of file in the data folder, and the schema of each. */
export const fileSchemas = {
  site: siteSchema,
  indicators: indicatorsFileSchema,
  workstreams: workstreamsFileSchema,
  events: eventsFileSchema,
  snapshot: snapshotSchema,
  comparators: comparatorsFileSchema,
} as const;

export type FileKind = keyof typeof fileSchemas;

/** The JSON Schema file name for each kind, in data/schema/. */
export const jsonSchemaFileNames: Record<FileKind, string> = {
  site: 'site.schema.json',
  indicators: 'indicators.schema.json',
  workstreams: 'workstreams.schema.json',
  events: 'events.schema.json',
  snapshot: 'snapshot.schema.json',
  comparators: 'comparators.schema.json',
};

/** JSON Schema (draft 2020-12) for one kind of file, for officers' editors. */
export function toJsonSchema(kind: FileKind): Record<string, unknown> {
  const generated = z.toJSONSchema(fileSchemas[kind], { target: 'draft-2020-12', io: 'input' });
  return {
    ...generated,
    title: `${kind === 'snapshot' ? 'Monthly snapshot' : kind} file of the children's improvement dashboard`,
  };
}

/** A value entry in its long form. */
export function normaliseValue(entry: ValueEntry | undefined): ValueObject | undefined {
  if (entry === undefined) return undefined;
  if (entry === null || typeof entry === 'number') return { value: entry };
  return entry;
}
