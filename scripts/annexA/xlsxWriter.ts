// A minimal .xlsx writer for synthetic Annex A extracts, as Excel saves them: text in shared
// strings, dates as serial numbers with a date format (the built-in m/d/yyyy, number format 14),
// #N/A as an error cell, one sheet per list. Streamed through fflate's Zip a block of rows at a time,
// so a 200,000-row extract never becomes one string. Only for the sample and the benchmark: the
// dashboard itself never writes a workbook of records.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { dayNumber } from '../../src/domain/records/days.ts';

/** A cell: text, a number, a date (`{ date: 'YYYY-MM-DD' }`), an Excel error (`{ error: '#N/A' }`), or empty. */
export type WrittenCell = string | number | { date: string } | { error: string } | null;

export interface WrittenSheet {
  name: string;
  rows: Iterable<readonly WrittenCell[]>;
}

const ROWS_PER_BLOCK = 2000;
/**
 * Every part's time in the zip, fixed so that the same sheets always give the same bytes. A zip holds
 * local clock fields (year to second), which fflate takes from a Date's local fields: a Date built from
 * local fields gives the same ones in every time zone.
 */
const PART_TIME = new Date(2019, 4, 7, 12, 0, 0);
/** Days from Excel's day 0 (1899-12-30, in the 1900 system) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnLetters(index: number): string {
  return (index < 26 ? '' : columnLetters(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));
}

function cellXml(cell: WrittenCell, reference: string, strings: Map<string, number>): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') return `<c r="${reference}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') {
    let index = strings.get(cell);
    if (index === undefined) {
      index = strings.size;
      strings.set(cell, index);
    }
    return `<c r="${reference}" t="s"><v>${index}</v></c>`;
  }
  if ('date' in cell) return `<c r="${reference}" s="1"><v>${dayNumber(cell.date) + EXCEL_EPOCH_OFFSET}</v></c>`;
  return `<c r="${reference}" t="e"><v>${escapeXml(cell.error)}</v></c>`;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function fixedParts(sheets: readonly string[]): Record<string, string> {
  const sheetTypes = sheets.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return {
    '[Content_Types].xml': `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${sheetTypes}</Types>`,
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheets.map((name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('')}<Relationship Id="rIdStyles" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/><Relationship Id="rIdStrings" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  };
}

function part(name: string): ZipDeflate {
  const file = new ZipDeflate(name, { level: 1 });
  file.mtime = PART_TIME;
  return file;
}

/** The workbook's bytes. */
export function writeXlsx(sheets: readonly WrittenSheet[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(data);
  });
  const add = (name: string, text: string) => {
    const file = part(name);
    zip.add(file);
    file.push(strToU8(text), true);
  };
  for (const [name, text] of Object.entries(fixedParts(sheets.map((sheet) => sheet.name)))) add(name, text);
  const strings = new Map<string, number>();
  sheets.forEach((sheet, index) => {
    const file = part(`xl/worksheets/sheet${index + 1}.xml`);
    zip.add(file);
    file.push(strToU8(`${HEAD}<worksheet xmlns="${MAIN}"><sheetData>`));
    let block: string[] = [];
    let rowNumber = 0;
    for (const row of sheet.rows) {
      rowNumber += 1;
      block.push(`<row r="${rowNumber}">${row.map((cell, column) => cellXml(cell, `${columnLetters(column)}${rowNumber}`, strings)).join('')}</row>`);
      if (block.length === ROWS_PER_BLOCK) {
        file.push(strToU8(block.join('')));
        block = [];
      }
    }
    file.push(strToU8(`${block.join('')}</sheetData></worksheet>`), true);
  });
  const items = [...strings.keys()].map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
  add('xl/sharedStrings.xml', `${HEAD}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`);
  zip.end();
  if (failure) throw failure;
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
