// npm run import with spreadsheets as Excel saves them: a workbook made by the template script,
// and a CSV saved with Excel's plain "CSV" (Windows-1252, CRLF, an en dash in a note). Run as a
// child process against temporary copies of the sample data folder, never the repository's data/.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { templateWorkbook, type TemplateFill } from '../../../scripts/makeTemplateWorkbook';
import { checkFolder } from '../../../scripts/lib/dataFolder';
import type { Indicator, Workstream } from '../../../src/domain/schema';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'import-spreadsheets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const indicators = (JSON.parse(readFileSync(join(root, 'data/indicators.json'), 'utf8')) as { indicators: Indicator[] }).indicators;
const workstreams = (JSON.parse(readFileSync(join(root, 'data/workstreams.json'), 'utf8')) as { workstreams: Workstream[] }).workstreams;
// Each case runs the command once or twice (a few seconds each on a busy machine).
const SLOW = 60_000;
const withoutDataDir = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DASHBOARD_DATA_DIR'));

function runImport(args: string[]): Promise<{ status: number; stdout: string[]; stderr: string[] }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', join(root, 'scripts/importCsv.ts'), ...args], { cwd: root, env: withoutDataDir }, (error, stdout, stderr) => {
      done({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: stdout.split('\n').filter(Boolean), stderr: stderr.split('\n').filter(Boolean) });
    });
  });
}

let cases = 0;
function folder(): string {
  const dir = join(work, `case-${++cases}`);
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

/** Every figure in range: percents at 60 (no numerators), others at 5. */
function fullFill(): NonNullable<TemplateFill['figures']> {
  return Object.fromEntries(indicators.map((indicator) => [indicator.id, { value: indicator.unit === 'percent' ? 60 : 5 }]));
}

const rowOf = (id: string) => indicators.findIndex((indicator) => indicator.id === id) + 2;

describe('npm run import with a workbook made by the template', () => {
  it('writes the month with its figures and workstream reports, and check-data passes', async () => {
    const dir = folder();
    const figures = { ...fullFill(), CP5: { value: 86.3, numerator: 44, denominator: 51, note: 'Police notice – under review' } };
    writeFileSync(join(dir, 'figures-2019-04.xlsx'), await templateWorkbook(indicators, workstreams, { figures, workstreams: { practice: { rag: 'Amber', status: 'Slipping', highlights: ['Audit done'], risks: ['Workloads', 'Agency staff'] } } }));
    const result = await runImport([join(dir, 'figures-2019-04.xlsx'), '--data', join(dir, 'data')]);
    expect(result.stderr).toEqual([]);
    expect(result.status).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'data/snapshots/2019-04.json'), 'utf8'));
    expect(written.values.CP5).toEqual({ value: 86.3, numerator: 44, denominator: 51, note: 'Police notice – under review' });
    expect(written.workstreams).toEqual({ practice: { rag: 'amber', status: 'Slipping', highlights: ['Audit done'], risks: ['Workloads', 'Agency staff'] } });
    const check = checkFolder(join(dir, 'data'));
    expect(check.dataset.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  }, SLOW);

  it('names each problem at its cell, and writes nothing', async () => {
    const dir = folder();
    const figures = { ...fullFill(), CP5: { value: 150 }, CP2: { value: 'about 40' } };
    writeFileSync(join(dir, 'figures.xlsx'), await templateWorkbook(indicators, workstreams, { figures }));
    const result = await runImport([join(dir, 'figures.xlsx'), '--month', '2019-04', '--data', join(dir, 'data')]);
    expect(result.status).toBe(1);
    // "about 40" is the workbook's own problem, found before the figures are checked.
    expect(result.stdout[0]).toBe(`${join(dir, 'figures.xlsx')}:Figures!C${rowOf('CP2')}: error: The value of CP2 is not a number: expected a number such as 43, 43%, 21.4 or 1,204, found "about 40"`);
    const fixed = { ...figures, CP2: { value: 40 } };
    writeFileSync(join(dir, 'figures.xlsx'), await templateWorkbook(indicators, workstreams, { figures: fixed, workstreams: { platforms: { rag: 'Purple' } } }));
    const again = await runImport([join(dir, 'figures.xlsx'), '--month', '2019-04', '--data', join(dir, 'data')]);
    expect(again.status).toBe(1);
    const platformsRow = workstreams.findIndex((workstream) => workstream.id === 'platforms') + 2;
    expect(again.stdout.some((line) => line.startsWith(`${join(dir, 'figures.xlsx')}:Workstreams!C${platformsRow}: error:`))).toBe(true);
    expect(() => readFileSync(join(dir, 'data/snapshots/2019-04.json'))).toThrow();
  }, SLOW);

  it('reads a macro-enabled workbook (.xlsm) as an .xlsx; refuses an .ods by name, saying how to save it as .xlsx', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'figures-2019-04.xlsm'), await templateWorkbook(indicators, workstreams, { figures: { ...fullFill(), WF1: { value: 21 } } }));
    const xlsm = await runImport([join(dir, 'figures-2019-04.xlsm'), '--data', join(dir, 'data')]);
    expect(xlsm.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'data/snapshots/2019-04.json'), 'utf8')).values.WF1).toBe(21);
    writeFileSync(join(dir, 'figures-2019-05.ods'), zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') }));
    const ods = await runImport([join(dir, 'figures-2019-05.ods'), '--data', join(dir, 'data')]);
    expect(ods.status).toBe(1);
    expect(ods.stderr.join('\n')).toBe(`import: ${join(dir, 'figures-2019-05.ods')} cannot be read: not an Excel workbook (.xlsx) but an OpenDocument spreadsheet (.ods); in LibreOffice choose File, Save As, "Excel 2007-365 (.xlsx)"`);
  }, SLOW);

  it('refuses a file named .xlsx that is not a workbook', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'figures-2019-04.xlsx'), 'id,value\nCP5,43\n');
    const result = await runImport([join(dir, 'figures-2019-04.xlsx'), '--data', join(dir, 'data')]);
    expect(result.status).toBe(1);
    expect(result.stderr.join('\n')).toMatch(/not an Excel workbook/);
  }, SLOW);
});

describe('npm run import with Excel’s plain CSV (Windows-1252)', () => {
  it('converts it, keeps the en dash, says so at the line and column of the first such character', async () => {
    const dir = folder();
    const lines = ['id,value,numerator,denominator,note', ...indicators.map((indicator) => `${indicator.id},${indicator.unit === 'percent' ? 60 : 5},,,`)];
    const cp5 = lines.findIndex((line) => line.startsWith('CP5,'));
    lines[cp5] = 'CP5,86.3,44,51,Police notice – under review';
    // Windows-1252: the en dash is the single byte 0x96; CRLF line ends, as Excel writes them.
    const bytes = Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
    const dash = bytes.indexOf(Buffer.from('–', 'latin1'));
    bytes[dash] = 0x96;
    writeFileSync(join(dir, 'figures-2019-04.csv'), bytes);
    const result = await runImport([join(dir, 'figures-2019-04.csv'), '--data', join(dir, 'data')]);
    expect(result.status).toBe(0);
    const warning = result.stdout.find((line) => line.includes('Windows-1252'));
    expect(warning).toBeDefined();
    expect(warning!.startsWith(`${join(dir, 'figures-2019-04.csv')}:${cp5 + 1}:${'CP5,86.3,44,51,Police notice '.length + 1}: warning:`)).toBe(true);
    const written = JSON.parse(readFileSync(join(dir, 'data/snapshots/2019-04.json'), 'utf8'));
    expect(written.values.CP5.note).toBe('Police notice – under review');
  }, SLOW);
});
