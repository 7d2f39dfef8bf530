// Small real .xlsx files for the reader's tests, written part by part and zipped with fflate, so
// that each test states exactly the XML it reads (errors, formulas without values, rich text,
// 1904 dates, hidden sheets) as Excel writes it.
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface SheetSpec {
  name: string;
  /** The worksheet's children: <sheetData>…</sheetData>, <mergeCells>…. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** The <si> items of the shared strings, as XML. */
  sharedStrings?: string[];
  /** Custom number formats by id (164 and up). */
  numFmts?: Record<number, string>;
  /** numFmtId of each cell style, style 0 first (General if not given). */
  cellStyles?: number[];
  date1904?: boolean;
  /** Parts to add or replace, by path. */
  extraParts?: Record<string, string | Uint8Array>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function workbookParts(spec: WorkbookSpec): Zippable {
  const sheets = spec.sheets
    .map((sheet, index) => `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`)
    .join('');
  const sheetRels = spec.sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('');
  const count = spec.sheets.length;
  const numFmts = Object.entries(spec.numFmts ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`)
    .join('');
  const xfs = (spec.cellStyles ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('');
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}"><numFmts count="${Object.keys(spec.numFmts ?? {}).length}">${numFmts}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${(spec.cellStyles ?? [0]).length}">${xfs}</cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${spec.sharedStrings?.length ?? 0}" uniqueCount="${spec.sharedStrings?.length ?? 0}">${(spec.sharedStrings ?? []).join('')}</sst>`,
  };
  spec.sheets.forEach((sheet, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.xml}</worksheet>`;
  });
  Object.assign(parts, spec.extraParts);
  return Object.fromEntries(Object.entries(parts).map(([path, content]) => [path, typeof content === 'string' ? strToU8(content) : content]));
}

export function buildXlsx(spec: WorkbookSpec): Uint8Array {
  return zipSync(workbookParts(spec));
}

/** One sheet's <sheetData> from rows of cell XML: `row(3, '<c r="A3" t="s"><v>0</v></c>')`. */
export const sheetData = (...rows: string[]) => `<sheetData>${rows.join('')}</sheetData>`;
export const row = (number: number, ...cells: string[]) => `<row r="${number}">${cells.join('')}</row>`;
