// data/benchmark-mapping.json: which DfE measure each indicator is, in which file and columns; read
// and checked, every problem as one line with the nearest known key or column.
import { z } from 'zod';
import { nearest } from '../../src/domain/contract/suggest';
import { PERIOD_TYPES } from './periods';

export const DEFAULT_SCALE = 100;
export const DEFAULT_DECIMALS = 1;

export const measureMappingSchema = z
  .strictObject({
    indicator: z.string().regex(/^[A-Za-z0-9-]+$/, { message: 'an indicator id of letters, digits and -' }),
    measure: z.string().optional(),
    file: z.string().min(1),
    column: z.string().min(1).optional(),
    numerator: z.array(z.string().min(1)).min(1).optional(),
    denominator: z.string().min(1).optional(),
    scale: z.number().positive().optional(),
    decimals: z.number().int().min(0).max(3).optional(),
    filter: z.record(z.string(), z.string()).optional(),
    period: z.enum(PERIOD_TYPES),
    fromYear: z.number().int().min(1990).max(2100).optional(),
    source: z.string().min(1),
    // When the DfE is next expected to publish this measure (from its release calendar): the pages
    // say "due" until then and "overdue" after the month it falls in.
    nextPublication: z.iso.date({ message: 'a date written YYYY-MM-DD, such as 2026-11-05' }).optional(),
    // How the council's own monthly figure is defined differently from the DfE's, in words: said
    // where the two figures meet (src/domain/present/twoFigures.ts).
    definitionDifference: z.string().min(1).optional(),
  })
  .superRefine((mapping, context) => {
    const derived = mapping.numerator !== undefined || mapping.denominator !== undefined;
    if (mapping.column !== undefined && derived) {
      context.addIssue({ code: 'custom', message: 'give either "column" or "numerator" and "denominator", not both' });
    } else if (mapping.column === undefined && !derived) {
      context.addIssue({ code: 'custom', message: 'give "column", or "numerator" and "denominator"' });
    } else if (derived && (mapping.numerator === undefined || mapping.denominator === undefined)) {
      context.addIssue({ code: 'custom', message: 'a derived measure needs both "numerator" and "denominator"' });
    }
    if (mapping.column !== undefined && mapping.scale !== undefined) {
      context.addIssue({ code: 'custom', path: ['scale'], message: '"scale" applies only to a derived measure' });
    }
  });

export const benchmarkMappingFileSchema = z
  .strictObject({
    // The DfE statistical neighbour model: "2025" or "2021", or a neighbour table's file name in the
    // DfE folder (as before the models were named); see neighbourTable.ts.
    neighbours: z.string().min(1).optional(),
    mappings: z.array(measureMappingSchema),
  })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.mappings.forEach((mapping, index) => {
      if (seen.has(mapping.indicator)) {
        context.addIssue({
          code: 'custom',
          path: ['mappings', index, 'indicator'],
          message: `"${mapping.indicator}" is mapped twice; one mapping per indicator`,
        });
      }
      seen.add(mapping.indicator);
    });
  });

export type MeasureMapping = z.infer<typeof measureMappingSchema>;
export type BenchmarkMappingFile = z.infer<typeof benchmarkMappingFileSchema>;

const MAPPING_KEYS = Object.keys(measureMappingSchema.shape);
const FILE_KEYS = Object.keys(benchmarkMappingFileSchema.shape);

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
  return text || '(top level)';
}

export type MappingParse = { ok: true; mapping: BenchmarkMappingFile } | { ok: false; errors: string[] };

/** The mapping file checked, every problem as one line ("mappings[2].colum: unknown key ..."). */
export function parseMappingFile(json: unknown): MappingParse {
  const result = benchmarkMappingFileSchema.safeParse(json);
  if (result.success) return { ok: true, mapping: result.data };
  const errors = result.error.issues.map((issue) => {
    const where = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = issue.path.length === 0 ? FILE_KEYS : MAPPING_KEYS;
      return issue.keys
        .map((key) => {
          const suggestion = nearest(key, known);
          return `${where}: unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
        })
        .join('\n');
    }
    return `${where}: ${issue.message}`;
  });
  return { ok: false, errors };
}

/** The columns a mapping reads (filter columns included). */
export function columnsUsed(mapping: MeasureMapping): string[] {
  const columns = mapping.column !== undefined ? [mapping.column] : [...(mapping.numerator ?? []), mapping.denominator!];
  return [...columns, ...Object.keys(mapping.filter ?? {})];
}

export const ROW_COLUMNS = ['time_period', 'geographic_level', 'region_name', 'la_name', 'old_la_code'];

/** Columns the mapping needs that the file does not have, each with the nearest that it has. */
export function missingColumns(mapping: MeasureMapping, fields: readonly string[]): string[] {
  const have = new Set(fields);
  return [...ROW_COLUMNS, ...columnsUsed(mapping)]
    .filter((column) => !have.has(column))
    .map((column) => {
      // A column that contains what was typed ("vacancy_rate" → "vacancy_rate_fte") before the
      // nearest by edit distance.
      const containing = fields
        .filter((field) => field.toLowerCase().includes(column.toLowerCase()))
        .sort((a, b) => a.length - b.length);
      const suggestion = containing[0] ?? nearest(column, fields);
      return `no column "${column}" in ${mapping.file}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
    });
}

/** The formula of a derived measure in words, e.g. "100 × (A + B) / C". */
export function describeDerivation(mapping: MeasureMapping): string | undefined {
  if (mapping.numerator === undefined || mapping.denominator === undefined) return undefined;
  const scale = mapping.scale ?? DEFAULT_SCALE;
  const numerator = mapping.numerator.length > 1 ? `(${mapping.numerator.join(' + ')})` : mapping.numerator[0]!;
  return `${scale === 1 ? '' : `${scale} × `}${numerator} / ${mapping.denominator}`;
}
