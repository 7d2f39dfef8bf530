// npm run template-workbook [-- --data <folder>] [--out <file.xlsx>]
//
// Writes the Excel template for a month (default data/templates/monthly-figures.xlsx) from the
// catalogue in <data>: a "Figures" sheet with one row per indicator (id, name, then the CSV
// template's columns: value, numerator, denominator, note, quality and the narrative) and a "Workstreams" sheet with one row per workstream (workstream, name,
// rag, status, highlights, risks), plus a "How to fill in" sheet. `npm run import` and the Data
// page read it back (src/domain/contract/xlsxImport.ts). Run it again after changing the catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import writeExcelFile from 'write-excel-file/node';
import type { Indicator, Workstream } from '../src/domain/schema.ts';
import { FIGURES_SHEET, WORKSTREAMS_SHEET } from '../src/domain/contract/workbookSheets.ts';

type Cell = string | number | null;

/** What a test or an officer's copy puts in the template: figures by id, reports by workstream. */
export interface TemplateFill {
  figures?: Record<string, { value?: Cell; numerator?: Cell; denominator?: Cell; note?: string; quality?: string; whatItShows?: string; why?: string; whatWeAreDoing?: string; owner?: string }>;
  workstreams?: Record<string, { rag?: string; status?: string; highlights?: string[]; risks?: string[] }>;
}

const HOW_TO = [
  ['How to fill in this workbook'],
  [''],
  ['1. Save a copy named after the month, e.g. figures-2019-04.xlsx. Keep the header rows and the sheet names as they are.'],
  ['2. Figures: one row per indicator. value: the figure (percentages as 86.3, never 0.863). numerator and denominator: optional counts behind a percentage. note: why a figure is missing or unreliable. quality: good, caution or poor. what_it_shows, why, what_we_are_doing, narrative_owner: the month’s narrative. Leave value empty when the figure is not available, and say why in note.'],
  ['3. Workstreams: rag is Red, Amber, Green or Blue (complete). Put each highlight or risk on its own line in the cell (Alt+Enter). Leave a row empty if the workstream does not report this month.'],
  ['4. Check it on the dashboard’s Data page (Preview a new month), or with: npm run import -- figures-2019-04.xlsx'],
  ['5. Add the commentary, narratives and action plans on the dashboard’s “Prepare a month” page, download the JSON file and put it in data/snapshots/.'],
];

export function templateSheets(indicators: readonly Indicator[], workstreams: readonly Workstream[], fill: TemplateFill = {}) {
  // The CSV template's columns (csvImport.ts), with the indicator's name second for reading.
  const figures: Cell[][] = [['id', 'name', 'value', 'numerator', 'denominator', 'note', 'quality', 'what_it_shows', 'why', 'what_we_are_doing', 'narrative_owner']];
  for (const indicator of indicators) {
    const row = fill.figures?.[indicator.id] ?? {};
    figures.push([
      indicator.id, indicator.shortName ?? indicator.name, row.value ?? null, row.numerator ?? null, row.denominator ?? null, row.note ?? null,
      row.quality ?? null, row.whatItShows ?? null, row.why ?? null, row.whatWeAreDoing ?? null, row.owner ?? null,
    ]);
  }
  const reports: Cell[][] = [['workstream', 'name', 'rag', 'status', 'highlights', 'risks']];
  for (const workstream of workstreams) {
    const row = fill.workstreams?.[workstream.id] ?? {};
    reports.push([workstream.id, workstream.name, row.rag ?? null, row.status ?? null, row.highlights?.join('\n') ?? null, row.risks?.join('\n') ?? null]);
  }
  const header = (row: Cell[]) => row.map((value) => ({ value, fontWeight: 'bold' as const }));
  const body = (rows: Cell[][]) => rows.slice(1).map((row) => row.map((value) => ({ value, wrap: true })));
  return [
    { sheet: FIGURES_SHEET, data: [header(figures[0]!), ...body(figures)], columns: [{ width: 10 }, { width: 40 }, { width: 10 }, { width: 12 }, { width: 13 }, { width: 50 }, { width: 10 }, { width: 40 }, { width: 40 }, { width: 40 }, { width: 24 }], stickyRowsCount: 1 },
    { sheet: WORKSTREAMS_SHEET, data: [header(reports[0]!), ...body(reports)], columns: [{ width: 20 }, { width: 26 }, { width: 8 }, { width: 20 }, { width: 50 }, { width: 50 }], stickyRowsCount: 1 },
    { sheet: 'How to fill in', data: HOW_TO.map((row) => row.map((value) => ({ value }))), columns: [{ width: 120 }] },
  ];
}

/** The template (or a filled copy) as .xlsx bytes. */
export async function templateWorkbook(indicators: readonly Indicator[], workstreams: readonly Workstream[], fill: TemplateFill = {}): Promise<Buffer> {
  return writeExcelFile(templateSheets(indicators, workstreams, fill) as Parameters<typeof writeExcelFile>[0]).toBuffer();
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, out: { type: 'string' } } });
  const data = resolve(values.data ?? (process.env.DASHBOARD_DATA_DIR || 'data'));
  const out = resolve(values.out ?? 'data/templates/monthly-figures.xlsx');
  const indicators = (JSON.parse(readFileSync(resolve(data, 'indicators.json'), 'utf8')) as { indicators: Indicator[] }).indicators;
  const workstreams = (JSON.parse(readFileSync(resolve(data, 'workstreams.json'), 'utf8')) as { workstreams: Workstream[] }).workstreams;
  writeFileSync(out, await templateWorkbook(indicators, workstreams));
  console.log(`Wrote ${out}: ${indicators.length} indicators, ${workstreams.length} workstreams.`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`template-workbook: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
