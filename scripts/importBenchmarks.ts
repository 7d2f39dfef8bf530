// npm run import-benchmarks -- --la "Croydon" [--from <DfE folder>] [--data <data folder>] [--site] [--abolished] [--dry-run]
//
// Reads the DfE's published data files and writes, into <data>/indicators.json, the comparators of
// every indicator that <data>/benchmark-mapping.json maps to a DfE measure: England, the council's
// region, the mean of its statistical neighbours and the council's own published figure, for each
// year from the mapping's fromYear on. Only those indicators' `benchmarks` lists change (entries
// without a kind, or of kind "other", are kept); the rest of the file is left byte for byte.
// It also writes <data>/comparators.json: the council's and each neighbour's own figure for every
// mapped indicator and period, for ranking the council among its neighbours (the Compare page).
// With --site it also writes the council's name into <data>/site.json (its other fields, and the
// file's layout, kept); without it, a site.json that names another council gets a warning.
// The rules live in scripts/dfe/ (one module a job); this file reads and writes files.
// Exit 0 when done (or, with --dry-run, when it would be done); 1 on any error, nothing written.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { applyEdits, modify } from 'jsonc-parser';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { recordsFromCells, type CsvRow } from './dfe/cells.ts';
import { benchmarksFor, type MeasureResult } from './dfe/comparators.ts';
import { COMPARATORS_FILE, comparatorsFileFor, formatComparatorsFile } from './dfe/comparatorsFile.ts';
import { councilDirectory, councilKey, resolveCouncil } from './dfe/councils.ts';
import { mergeBenchmarks, replaceBenchmarksInText } from './dfe/indicatorsFile.ts';
import { describeDerivation, missingColumns, parseMappingFile } from './dfe/mapping.ts';
import { NEIGHBOUR_MODELS, neighbourModelOf, readNeighbourTable } from './dfe/neighbourTable.ts';
import type { Benchmark } from '../src/domain/schema.ts';
import { nearest } from '../src/domain/contract/suggest.ts';
import { writeAtomically } from './lib/writeAtomically.ts';


export const USAGE = `Usage: npm run import-benchmarks -- --la "<council name>" [--from <folder>] [--data <folder>] [--site] [--abolished] [--dry-run]

  --la       the council, as the DfE names it ("Croydon"; "London Borough of Croydon", "Hull",
             "Durham" and "Kingston" also work)
  --from     folder of the DfE data files (default: ../shared/benchmarks/dfe)
  --data     the dashboard's data folder (default: data); reads benchmark-mapping.json there,
             rewrites the benchmarks in indicators.json and writes comparators.json
  --site     also write the council's name into site.json ("organisation"; other fields kept)
  --abolished  accept a council since replaced (Northamptonshire, Cumbria, Poole): its old figures
  --dry-run  show what would be written; change nothing`;

/**
 * site.json with "organisation" set to the council, every other field and the layout kept; the
 * text unchanged when it already names the council (also as "London Borough of Croydon").
 */
export function siteWithCouncil(text: string, council: string): { text: string; changed: boolean; before: string | undefined } {
  const value = JSON.parse(text.replace(/^\uFEFF/, '')) as { organisation?: unknown };
  const before = typeof value.organisation === 'string' ? value.organisation : undefined;
  if (before !== undefined && councilKey(before) === councilKey(council)) return { text, changed: false, before };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits = modify(text, ['organisation'], council, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  return { text: applyEdits(text, edits), changed: true, before };
}

export interface Io {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

class UserError extends Error {}

/** A CSV file as rows keyed by header (papaparse; repeated headers keep their first column). */
export function readCsv(file: string): { rows: CsvRow[]; fields: string[] } {
  const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { header: false, skipEmptyLines: 'greedy' });
  const rows = recordsFromCells(parsed.data);
  const fields = (parsed.data[0] ?? []).map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
  return { rows, fields: fields.filter(Boolean) };
}

function readJson(file: string, what: string): { text: string; value: unknown } {
  if (!existsSync(file)) throw new UserError(`No ${what} at ${file}`);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return { text, value: JSON.parse(text) };
  } catch (error) {
    throw new UserError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function periodsText(result: MeasureResult): string {
  const periods = [...new Set(result.benchmarks.map((benchmark) => benchmark.period))];
  if (periods.length === 0) return 'no figures';
  return periods.length === 1 ? periods[0]! : `${periods[0]} to ${periods[periods.length - 1]}`;
}

function latestText(benchmarks: readonly Benchmark[]): string {
  const last = benchmarks[benchmarks.length - 1];
  if (!last) return '';
  const latest = benchmarks.filter((benchmark) => benchmark.period === last.period);
  return `latest ${last.period}: ${latest.map((benchmark) => `${benchmark.label} ${benchmark.value}`).join(', ')}`;
}

export function run(argv: readonly string[], io: Io): number {
  let options;
  try {
    options = parseArgs({
      args: [...argv],
      options: {
        la: { type: 'string' },
        from: { type: 'string' },
        data: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        site: { type: 'boolean', default: false },
        abolished: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(`import-benchmarks: ${(error as Error).message}`);
    io.err(USAGE);
    return 1;
  }
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  if (!options.la?.trim()) {
    io.err('import-benchmarks: say which council, e.g. --la "Croydon"');
    io.err(USAGE);
    return 1;
  }

  try {
    const from = resolve(io.cwd, options.from ?? '../shared/benchmarks/dfe');
    const data = resolve(io.cwd, options.data ?? 'data');
    const shown = (file: string) => relative(io.cwd, file) || '.';
    const dryRun = options['dry-run'];

    // The mapping, and the indicators it names.
    const mappingFile = join(data, 'benchmark-mapping.json');
    const parsedMapping = parseMappingFile(readJson(mappingFile, 'benchmark mapping').value);
    if (!parsedMapping.ok) {
      throw new UserError(`${shown(mappingFile)}:\n${parsedMapping.errors.map((line) => `  ${line}`).join('\n')}`);
    }
    const mapping = parsedMapping.mapping;
    const indicatorsFile = join(data, 'indicators.json');
    const indicators = readJson(indicatorsFile, 'indicators.json');
    const catalogue = (indicators.value as { indicators?: unknown }).indicators;
    if (!Array.isArray(catalogue)) throw new UserError(`${shown(indicatorsFile)} has no "indicators" list`);
    const byId = new Map<string, { benchmarks?: Benchmark[] }>();
    for (const indicator of catalogue as { id?: unknown; benchmarks?: Benchmark[] }[]) {
      if (typeof indicator?.id === 'string') byId.set(indicator.id, indicator);
    }
    const unknownIds = mapping.mappings
      .filter((entry) => !byId.has(entry.indicator))
      .map((entry) => {
        const suggestion = nearest(entry.indicator, byId.keys());
        return `${shown(mappingFile)}: indicator "${entry.indicator}" is not in ${shown(indicatorsFile)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
      });
    if (unknownIds.length) throw new UserError(unknownIds.join('\n'));

    // The DfE files, each read once.
    if (!existsSync(from)) throw new UserError(`No folder of DfE files at ${from} (give --from)`);
    const available = readdirSync(from);
    const readDfe = (name: string) => {
      if (!available.includes(name)) {
        const suggestion = nearest(name, available);
        throw new UserError(`No file ${name} in ${from}${suggestion ? `; did you mean ${suggestion}?` : ''}`);
      }
      return readCsv(join(from, name));
    };
    const tables = new Map<string, { rows: CsvRow[]; fields: string[] }>();
    for (const entry of mapping.mappings) if (!tables.has(entry.file)) tables.set(entry.file, readDfe(entry.file));
    const columnProblems = mapping.mappings.flatMap((entry) =>
      missingColumns(entry, tables.get(entry.file)!.fields).map((problem) => `${entry.indicator}: ${problem}`),
    );
    if (columnProblems.length) throw new UserError(`${shown(mappingFile)}:\n  ${columnProblems.join('\n  ')}`);
    const neighbourModel = neighbourModelOf(mapping.neighbours);
    if (!neighbourModel?.file) {
      const models = NEIGHBOUR_MODELS.map((model) => `"${model.year}"`).join(' or ');
      throw new UserError(`${shown(mappingFile)}: "neighbours": no DfE statistical neighbour model "${mapping.neighbours}"; give ${models}, or the file name of a neighbour table`);
    }
    const neighboursFile = neighbourModel.file;
    const groups = readNeighbourTable(readDfe(neighboursFile).rows);
    if (groups.size === 0) throw new UserError(`${neighboursFile} lists no statistical neighbours`);

    // The council.
    const councils = councilDirectory(
      [...tables.values()].map((table) => table.rows),
      groups,
    );
    const match = resolveCouncil(options.la, councils, 3, { allowAbolished: options.abolished });
    if (!match.ok) throw new UserError(match.message);
    const council = match.council;
    if (match.notice) io.out(match.notice);
    const names = new Map(councils.map((entry) => [entry.code, entry.name]));
    const group = groups.get(council.code);

    io.out(`Benchmarks for ${council.name} (LA ${council.code}) from ${from}`);
    io.out(
      group
        ? `Statistical neighbours (${neighbourModel.name}, ${neighboursFile}): ${group.neighbours.map((code) => names.get(code) ?? code).join('; ')}`
        : `${council.name} is not in ${neighboursFile}: no statistical neighbour mean`,
    );

    // The comparators, indicator by indicator.
    const replacements = new Map<string, Benchmark[]>();
    const results: MeasureResult[] = [];
    for (const entry of mapping.mappings) {
      const result = benchmarksFor({
        mapping: entry,
        rows: tables.get(entry.file)!.rows,
        council,
        group,
        names,
        neighboursFile,
      });
      results.push(result);
      const merged = mergeBenchmarks(byId.get(entry.indicator)!.benchmarks, result.benchmarks);
      replacements.set(entry.indicator, merged.benchmarks);
      const kept = merged.kept ? `; ${merged.kept} hand-written kept` : '';
      io.out(`${entry.indicator.padEnd(5)} ${periodsText(result)}: ${result.benchmarks.length} benchmarks${kept}`);
      const derivation = describeDerivation(entry);
      io.out(`      ${entry.file}: ${derivation ? `calculated as ${derivation}` : `column ${entry.column}`}`);
      if (result.benchmarks.length) io.out(`      ${latestText(result.benchmarks)}`);
      // Said once above, not once per indicator.
      const notInModel = `${council.name} is not in the statistical neighbour table`;
      for (const note of result.notes.filter((line) => !line.startsWith(notInModel))) io.out(`      ${note}`);
      for (const clash of merged.clashes) {
        io.out(`      warning: the hand-written benchmark ${clash} has the same label and period as an imported one; delete one`);
      }
    }

    const text = replaceBenchmarksInText(indicators.text, replacements);
    if (dryRun) {
      io.out(`Dry run: ${shown(indicatorsFile)} not changed (${replacements.size} indicators would be updated).`);
    } else if (text === indicators.text) {
      io.out(`${shown(indicatorsFile)} already up to date.`);
    } else {
      writeAtomically(indicatorsFile, text);
      io.out(`Wrote ${shown(indicatorsFile)} (${replacements.size} indicators updated).`);
    }

    // Each neighbour's own figure, for ranking: comparators.json, replaced whole on every run.
    const comparatorsFile = join(data, COMPARATORS_FILE);
    const comparators = formatComparatorsFile(
      comparatorsFileFor({
        council,
        neighbours: (group?.neighbours ?? []).map((code) => names.get(code) ?? code),
        results,
        sources: mapping.mappings.map((entry) => entry.source),
        neighboursFile,
        neighbourModel,
        mappings: mapping.mappings,
      }),
    );
    // site.json: the council's name, on request; a warning when it names another council.
    const siteFile = join(data, 'site.json');
    if (existsSync(siteFile)) {
      const site = siteWithCouncil(readFileSync(siteFile, 'utf8'), council.name);
      if (!site.changed) io.out(`${shown(siteFile)} already names ${site.before}.`);
      else if (!options.site) {
        io.out(`warning: ${shown(siteFile)} names ${site.before ?? 'no council'}, not ${council.name}; add --site to write ${council.name} there.`);
      } else if (dryRun) io.out(`Dry run: ${shown(siteFile)} not changed (would name ${council.name}).`);
      else {
        writeAtomically(siteFile, site.text);
        io.out(`Wrote ${shown(siteFile)} (organisation: ${council.name}, was ${site.before ?? 'not set'}).`);
      }
    } else if (options.site) io.out(`warning: no ${shown(siteFile)} to write the council's name into.`);

    const measureCount = results.reduce((sum, result) => sum + result.comparators.length, 0);
    const size = `${measureCount} measures, ${(Buffer.byteLength(comparators) / 1024).toFixed(1)} KB`;
    if (dryRun) io.out(`Dry run: ${shown(comparatorsFile)} not changed (${size} would be written).`);
    else if (existsSync(comparatorsFile) && readFileSync(comparatorsFile, 'utf8') === comparators) {
      io.out(`${shown(comparatorsFile)} already up to date.`);
    } else {
      writeAtomically(comparatorsFile, comparators);
      io.out(`Wrote ${shown(comparatorsFile)} (${size}).`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UserError) io.err(error.message);
    else io.err(`import-benchmarks: ${(error as Error).message}`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
