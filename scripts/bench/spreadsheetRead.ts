// node --import tsx scripts/bench/spreadsheetRead.ts [--rows 200000] [--runs 3] [--keep]
//
// How fast the domain's workbook reader (src/domain/spreadsheet/xlsx.ts) reads a big Annex A
// extract, against Python's openpyxl merely reading the same workbook in read-only mode (issue #25:
// the counting must beat that). Generates an Annex-A-like workbook (lists 1, 3, 4, 5, 6, 7, 8;
// ~20 columns; shared strings, dates, #N/A workers, non-breaking spaces, as an extract has them),
// writes it to a temporary folder, then times, alternating, each reader in a fresh process: ours
// (openWorkbook and readSheet over every sheet, touching every cell) and openpyxl
// (`load_workbook(read_only=True)`, iterating every row's values). Memory is each process's peak
// resident size; time is both wall-clock and CPU (the fairer on a shared machine). A module the
// bench can call (`benchSpreadsheetRead`), and a command line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { openWorkbook } from '../../src/domain/spreadsheet/xlsx.ts';

/** The lists and their share of the rows, with the columns each holds (an abridged Ofsted layout). */
const LISTS: { name: string; share: number; columns: string[] }[] = [
  { name: 'List 1', share: 0.3, columns: ['id', 'gender', 'ethnicity', 'date', 'age', 'date', 'source'] },
  { name: 'List 3', share: 0.15, columns: ['id', 'gender', 'ethnicity', 'date', 'age', 'date', 'source', 'yesno', 'count', 'team', 'worker'] },
  { name: 'List 4', share: 0.15, columns: ['id', 'gender', 'ethnicity', 'date', 'age', 'yesno', 'date', 'yesno', 'date', 'outcome', 'team', 'worker'] },
  { name: 'List 5', share: 0.05, columns: ['id', 'gender', 'ethnicity', 'date', 'age', 'yesno', 'date', 'yesno', 'date', 'yesno', 'count', 'count', 'team', 'worker'] },
  { name: 'List 6', share: 0.15, columns: ['id', 'gender', 'ethnicity', 'date', 'age', 'yesno', 'date', 'need', 'date', 'date', 'outcome', 'status', 'team', 'worker'] },
  { name: 'List 7', share: 0.05, columns: ['id', 'gender', 'ethnicity', 'date', 'age', 'yesno', 'date', 'abuse', 'abuse', 'date', 'yesno', 'date', 'date', 'yesno', 'count', 'team', 'worker'] },
  {
    name: 'List 8',
    share: 0.15,
    columns: ['id', 'gender', 'ethnicity', 'date', 'age', 'yesno', 'yesno', 'date', 'need', 'yesno', 'date', 'status', 'date', 'date', 'outcome', 'date', 'date', 'date', 'count', 'date', 'outcome', 'date', 'placement', 'placement', 'postcode', 'postcode', 'status', 'team', 'count', 'count', 'yesno', 'yesno', 'team', 'worker'],
  },
];

const CHOICES: Record<string, string[]> = {
  gender: ['a) Male', 'b) Female', 'Female', 'Male', 'c) Not stated/recorded'],
  ethnicity: ['a) WBRI', 'k) APKN', 's) NOBT', 'r) OOTH', 'l) ABAN', 'i) MOTH'],
  source: ['q) 6: Police', 'b) 1B: Individual', 'j) 3D: Health services', 's) 8: Other'],
  yesno: ['a) Yes', 'b) No', 'Yes', 'No'],
  outcome: ['CS Assessment Updated', 'Closed - no further action', 'Step down to early help'],
  need: ['N1 - Abuse or Neglect', 'N2 - Child’s disability', 'N4 - Family in acute stress'],
  status: ['c) Child in need plan', 'C2: FCO', 'E1: Placement order'],
  abuse: ['Physical abuse', 'Neglect', 'Emotional abuse', 'Sexual abuse'],
  placement: ['f) U6: Foster placement - not FFA', 'b) PR1 - Own provision', 'e) PR4 - Private provision'],
};
const TEAMS = Array.from({ length: 30 }, (_, index) => `Locality ${(index % 6) + 1} Unit ${Math.floor(index / 6) + 1}`);
const WORKERS = Array.from({ length: 400 }, (_, index) => `Worker\u00a0${String.fromCharCode(65 + (index % 26))}${index}`);

/** A small deterministic generator (mulberry32), so every run writes the same workbook. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const columnLetters = (index: number): string => (index < 26 ? '' : columnLetters(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));

/** An Annex-A-like .xlsx of `rows` data rows in all, with its sheet XML's size in bytes. */
export function annexAWorkbook(rows: number): { bytes: Uint8Array; sheetXmlBytes: number } {
  const next = random(25);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const strings = new Map<string, number>();
  const shared = (text: string) => {
    let index = strings.get(text);
    if (index === undefined) strings.set(text, (index = strings.size));
    return index;
  };
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const add = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  let sheetXmlBytes = 0;
  LISTS.forEach((list, sheet) => {
    const file = new ZipDeflate(`xl/worksheets/sheet${sheet + 1}.xml`, { level: 6 });
    zip.add(file);
    const header = list.columns.map((column, index) => `<c r="${columnLetters(index)}1" t="s"><v>${shared(`${list.name} ${column} ${index}`)}</v></c>`).join('');
    let buffer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}" xmlns:r="${relationship}"><sheetData><row r="1">${header}</row>`;
    const count = Math.round(rows * list.share);
    for (let row = 2; row <= count + 1; row++) {
      let cells = '';
      list.columns.forEach((column, index) => {
        const ref = `${columnLetters(index)}${row}`;
        if (column === 'id') cells += `<c r="${ref}" s="1"><v>${1_000_000 + Math.floor(next() * 9_000_000)}</v></c>`;
        else if (column === 'date') {
          if (next() < 0.85) cells += `<c r="${ref}" s="2"><v>${40_000 + Math.floor(next() * 5_000)}</v></c>`;
        } else if (column === 'age') cells += `<c r="${ref}" s="1"><v>${next() * 18}</v></c>`;
        else if (column === 'count') cells += `<c r="${ref}" s="1"><v>${Math.floor(next() * 4)}</v></c>`;
        else if (column === 'worker') cells += next() < 0.05 ? `<c r="${ref}" t="e"><v>#N/A</v></c>` : `<c r="${ref}" t="s"><v>${shared(pick(WORKERS))}</v></c>`;
        else if (column === 'team') cells += `<c r="${ref}" t="s"><v>${shared(pick(TEAMS))}</v></c>`;
        else if (column === 'postcode') cells += `<c r="${ref}" t="s"><v>${shared(`T${Math.floor(next() * 99)} ${Math.floor(next() * 9)}WB`)}</v></c>`;
        else cells += `<c r="${ref}" t="s"><v>${shared(pick(CHOICES[column]!))}</v></c>`;
      });
      buffer += `<row r="${row}">${cells}</row>`;
      if (buffer.length > 1 << 20) {
        sheetXmlBytes += buffer.length;
        file.push(strToU8(buffer));
        buffer = '';
      }
    }
    buffer += '</sheetData></worksheet>';
    sheetXmlBytes += buffer.length;
    file.push(strToU8(buffer), true);
  });
  const items = [...strings.keys()].map((text) => `<si><t>${escape(text)}</t></si>`).join('');
  add('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${main}" count="${strings.size}" uniqueCount="${strings.size}">${items}</sst>`);
  add('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${main}"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="1" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  const sheets = LISTS.map((list, index) => `<sheet name="${list.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
  add('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${main}" xmlns:r="${relationship}"><sheets>${sheets}</sheets></workbook>`);
  const sheetRelationships = LISTS.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${relationship}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('');
  add('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRelationships}<Relationship Id="rId90" Type="${relationship}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId91" Type="${relationship}/styles" Target="styles.xml"/></Relationships>`);
  add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationship}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const overrides = LISTS.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  add('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
  return { bytes, sheetXmlBytes };
}

export interface ReadTiming {
  ms: number;
  /** CPU time (user and system): on a busy machine, the fairer figure of the two. */
  cpuMs: number;
  rows: number;
  cells: number;
  peakRssMb: number;
}

/** Ours, in this process: open, then every sheet's every row, counting the cells that hold a value. */
export function readWithOurReader(file: string): ReadTiming {
  let peakRss = process.memoryUsage.rss();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const opened = openWorkbook(new Uint8Array(readFileSync(file)));
  if (!opened.ok) throw new Error(`${opened.reason}: ${opened.detail}`);
  let rows = 0;
  let cells = 0;
  for (const sheet of opened.workbook.sheets) {
    opened.workbook.readSheet(
      sheet.name,
      (row) => {
        rows++;
        for (const cell of row.cells) if (cell.kind !== 'empty') cells++;
      },
      { onProgress: () => (peakRss = Math.max(peakRss, process.memoryUsage.rss())) },
    );
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, rows, cells, peakRssMb: Math.round(peakRss / 2 ** 20) };
}

const OPENPYXL = `
import json, resource, sys, time
import openpyxl
started = time.perf_counter()
cpu = time.process_time()
workbook = openpyxl.load_workbook(sys.argv[1], read_only=True)
rows = cells = 0
for sheet in workbook.worksheets:
    for row in sheet.iter_rows(values_only=True):
        rows += 1
        cells += sum(1 for value in row if value is not None)
ms = (time.perf_counter() - started) * 1000
cpu_ms = (time.process_time() - cpu) * 1000
print(json.dumps({"ms": ms, "cpuMs": cpu_ms, "rows": rows, "cells": cells, "peakRssMb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "version": openpyxl.__version__}))
`;

/** Debian's python3 (the one with python3-openpyxl), whatever else is first on the PATH. */
const findPython = () => ['/usr/bin/python3', 'python3'].find((python) => spawnSync(python, ['-c', 'import openpyxl']).status === 0);

function run(command: string, args: string[]): ReadTiming & { version?: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as ReadTiming;
}

export interface SpreadsheetReadBench {
  rows: number;
  fileMb: number;
  sheetXmlMb: number;
  ours: ReadTiming[];
  openpyxl: (ReadTiming & { version?: string })[] | { skipped: string };
}

/** Generates the workbook and times both readers `runs` times each, alternating, each run a fresh process. */
export function benchSpreadsheetRead(options: { rows?: number; runs?: number; keep?: boolean; log?: (message: string) => void } = {}): SpreadsheetReadBench {
  const { rows = 200_000, runs = 3, keep = false, log = () => {} } = options;
  const python = findPython();
  const folder = mkdtempSync(join(tmpdir(), 'spreadsheet-read-'));
  const file = join(folder, 'annex-a.xlsx');
  try {
    log(`writing a ${rows.toLocaleString('en-GB')}-row Annex A workbook`);
    const { bytes, sheetXmlBytes } = annexAWorkbook(rows);
    writeFileSync(file, bytes);
    const ours: ReadTiming[] = [];
    const openpyxl: ReadTiming[] = [];
    for (let round = 0; round < runs; round++) {
      log(`round ${round + 1} of ${runs}`);
      ours.push(run(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--read', file]));
      if (python) openpyxl.push(run(python, ['-c', OPENPYXL, file]));
    }
    return { rows, fileMb: statSync(file).size / 2 ** 20, sheetXmlMb: sheetXmlBytes / 2 ** 20, ours, openpyxl: python ? openpyxl : { skipped: 'python3 with openpyxl not found (apt-get install python3-openpyxl)' } };
  } finally {
    if (keep) log(`kept ${file}`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const readFile = value('--read');
  if (readFile) {
    console.log(JSON.stringify(readWithOurReader(readFile)));
  } else {
    const result = benchSpreadsheetRead({ rows: Number(value('--rows') ?? 200_000), runs: Number(value('--runs') ?? 3), keep: args.includes('--keep'), log: (message) => process.stderr.write(`${message}\n`) });
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const seconds = (values: number[]) => `${(median(values) / 1000).toFixed(2)} s (${values.map((value) => (value / 1000).toFixed(2)).join(', ')})`;
    const line = (name: string, timings: ReadTiming[]) =>
      `${name.padEnd(10)} ${seconds(timings.map((t) => t.ms))}, CPU ${seconds(timings.map((t) => t.cpuMs))}; ${timings[0]!.rows.toLocaleString('en-GB')} rows, ${timings[0]!.cells.toLocaleString('en-GB')} cells; peak RSS ${median(timings.map((t) => t.peakRssMb))} MB`;
    console.log(`${result.rows.toLocaleString('en-GB')} rows: ${result.fileMb.toFixed(1)} MB .xlsx, ${result.sheetXmlMb.toFixed(1)} MB of sheet XML`);
    console.log(line('ours', result.ours));
    console.log(Array.isArray(result.openpyxl) ? line('openpyxl', result.openpyxl) : `openpyxl   ${result.openpyxl.skipped}`);
  }
}
