// An officer drops a workbook on the Data page of the built site, as they would: the workbook is
// read in the browser within the site's content security policy (a module worker, no blob:), a
// cell Excel shows as 88% is 88, a workbook with a 6,000-row raw-data tab is read (and said to be)
// rather than left hanging, and an .ods or .xls gets a message saying to save it as .xlsx.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Indicator, Snapshot, Workstream } from '../../src/domain/schema';
import { strToU8, zipSync } from 'fflate';
import { buildXlsx, row, sheetData } from '../unit/spreadsheet/buildXlsx';
import { heading, useSite } from './fixtures';

const site = useSite();
const indicators = (JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { indicators: Indicator[] }).indicators;
const workstreams = (JSON.parse(readFileSync('data/workstreams.json', 'utf8')) as { workstreams: Workstream[] }).workstreams;
const march = JSON.parse(readFileSync('data/snapshots/2019-03.json', 'utf8')) as Snapshot;

const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (ref: string, value: number, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
const valueOf = (id: string) => {
  const entry = march.values[id];
  return typeof entry === 'object' && entry !== null ? entry.value : entry;
};

/**
 * April's workbook as an officer fills in the template: March's figures moved a little, ICPC
 * timeliness typed "88%" (0.88 in a cell formatted as a percentage, style 1), the workstreams' RAGs;
 * and, when asked, a raw-data tab of `rawRows` rows beside them.
 */
function aprilWorkbook(rawRows = 0): Buffer {
  const figures = [row(1, text('A1', 'id'), text('B1', 'value'), text('C1', 'note'))];
  indicators.forEach((indicator, index) => {
    const line = index + 2;
    const march = valueOf(indicator.id);
    const cell = indicator.id === 'CP5' ? number(`B${line}`, 0.88, 1) : march === null || march === undefined ? text(`C${line}`, 'Not reportable this month') : number(`B${line}`, indicator.unit === 'count' ? march + 1 : Math.round((march + 0.4) * 10) / 10);
    figures.push(row(line, text(`A${line}`, indicator.id), cell));
  });
  const reports = [row(1, text('A1', 'workstream'), text('B1', 'rag')), ...workstreams.map((workstream, index) => row(index + 2, text(`A${index + 2}`, workstream.id), text(`B${index + 2}`, 'Amber')))];
  const raw = Array.from({ length: rawRows }, (_, index) => row(index + 1, ...['A', 'B', 'C', 'D', 'E', 'F'].map((column, at) => (at === 0 ? text(`${column}${index + 1}`, `Child ${index}`) : number(`${column}${index + 1}`, (index * 7 + at) % 97)))));
  const sheets = [{ name: 'Figures', xml: sheetData(...figures) }, { name: 'Workstreams', xml: sheetData(...reports) }];
  if (rawRows) sheets.push({ name: 'Raw data', xml: sheetData(...raw) });
  return Buffer.from(buildXlsx({ sheets, cellStyles: [0, 9] }));
}

/** A workbook whose sheet says it unpacks to 2 GB, as a zip bomb's does (its zip records patched). */
function zipBomb(): Buffer {
  const bytes = Buffer.from(aprilWorkbook());
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  for (const [signature, sizeAt, nameLengthAt, nameAt] of [[0x02014b50, 24, 28, 46], [0x04034b50, 22, 26, 30]] as const) {
    for (let at = 0; at + nameAt < bytes.length; at++) {
      if (bytes.readUInt32LE(at) !== signature) continue;
      const length = bytes.readUInt16LE(at + nameLengthAt);
      if (bytes.subarray(at + nameAt, at + nameAt + length).equals(name)) bytes.writeUInt32LE(0x7fffffff, at + sizeAt);
    }
  }
  return bytes;
}

async function dataPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await site.open('data-files/');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await heading(page);
  return { page, errors };
}

const choose = (page: Page, name: string, buffer: Buffer) => page.setInputFiles('#preview-file', { name, mimeType: 'application/octet-stream', buffer });

describe('a workbook dropped on the Data page', () => {
  it('reads a cell Excel shows as 88% as 88: it passes, and the previewed Overview says 88%', async () => {
    const { page, errors } = await dataPage();
    await choose(page, 'figures-2019-04.xlsx', aprilWorkbook());
    await page.getByRole('heading', { name: 'figures-2019-04.xlsx: passed the checks' }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Overview for April 2019' }).click();
    await page.locator('main').getByText('ICPC timeliness at').first().waitFor();
    const overview = (await page.locator('main').textContent()) ?? '';
    expect(overview).toContain('ICPC timeliness at 88% shows');
    expect(overview).toMatch(/(Improved|No significant change) \(86\.3% → 88%\)/);
    expect(overview).not.toMatch(/\b0\.9%/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a workbook with a 6,000-row raw-data tab within the security policy, without hanging', async () => {
    const bytes = aprilWorkbook(6000);
    expect(bytes.length).toBeGreaterThan(100_000);
    const { page, errors } = await dataPage();
    await choose(page, 'figures-2019-04.xlsx', bytes);
    await page.getByRole('heading', { name: 'figures-2019-04.xlsx: passed the checks' }).waitFor({ timeout: 30_000 });
    expect(errors.filter((error) => /Content Security Policy|Refused/i.test(error))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a zip bomb: refused at once (its declared size is over the reader’s cap), saying why', async () => {
    const { page, errors } = await dataPage();
    await choose(page, 'figures-2019-04.xlsx', zipBomb());
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/^figures-2019-04\.xlsx cannot be read: a workbook too large to read \(it unpacks to [\d,]+ MB, more than the 512 MB this reader allows\)/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an .ods or an .xls: a message saying what it is and to save it as .xlsx, not an uncaught error', async () => {
    const { page, errors } = await dataPage();
    const ods = Buffer.from(zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') }));
    await choose(page, 'figures-2019-04.ods', ods);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toBe('figures-2019-04.ods cannot be read: not an Excel workbook (.xlsx) but an OpenDocument spreadsheet (.ods); in LibreOffice choose File, Save As, "Excel 2007-365 (.xlsx)".');
    await choose(page, 'figures-2019-04.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]));
    await page.getByRole('alert').filter({ hasText: '.xls)' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('alert').textContent()).toMatch(/^figures-2019-04\.xls cannot be read: not an Excel workbook \(\.xlsx\) but an Excel 97-2003 workbook \(\.xls\).*Save As/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
