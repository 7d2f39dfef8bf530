// An Excel workbook (.xlsx, .xlsm: the same format) from its bytes: the sheets in order with their
// visibility, then each sheet's rows streamed one at a time with cells as Excel shows them
// (cells.ts). Other formats are told apart and refused by name (.xls, .xlsb, .ods, a workbook
// encrypted with a password), so the caller can say "save it as .xlsx". Pure: bytes in, values out;
// the same code in Node, the browser's main thread and a module Web Worker.
//
// .ods is refused rather than read: no small, well-kept npm library reads it without a DOM of the
// whole file (SheetJS no longer publishes to npm; its last npm release, 0.18.5, is unmaintained
// there), and its cells (table:number-columns-repeated, office:value-type="percentage") are a second
// format to get right. LibreOffice saves .xlsx in two clicks.
import type { SheetContent, SheetInfo, SheetRow } from './cells';
import type { CellContext } from './cellValue';
import { fileKind } from './fileKind';
import type { FormatMeaning } from './numberFormats';
import { partText, scanPart } from './partText';
import { sharedStringsScanner } from './sharedStrings';
import { sheetScanner } from './sheetScanner';
import { parseRelationships, parseStyles, parseWorkbook, relationshipsPartOf, type Relationship } from './workbookParts';
import { WorkbookError, type WorkbookFailure } from './workbookError';
import { readZipDirectory, type ZipEntry } from './zipArchive';

/** 512 MB: well above a 200,000-row extract (about 150 MB of sheet XML), well below a browser tab's memory. */
export const DEFAULT_MAX_INFLATED_BYTES = 512 * 1024 * 1024;

export interface OpenWorkbookOptions {
  /** The most the parts read (workbook, styles, shared strings, every sheet) may declare they unpack to, in bytes. */
  maxInflatedBytes?: number;
}

export interface ReadSheetOptions {
  /** Called as the sheet is read, with the fraction done (0 to 1, rising; 1 at the end). */
  onProgress?: (fraction: number) => void;
}

export interface Workbook {
  /** Every sheet, in the workbook's order (the tabs' order), hidden ones included. */
  sheets: SheetInfo[];
  /** Dates count from 1904 (old Mac workbooks); the cells' dates already allow for it. */
  date1904: boolean;
  /**
   * Streams the sheet's rows in order to `onRow`: only rows with at least one value, each with its
   * 1-based row number as in the sheet and its cells by 0-based column (gaps filled with empty
   * cells, no empty cells after the last value). Returns the merged ranges. Throws WorkbookError
   * (`damaged`) if the file turns out damaged part-way, after the rows before the damage.
   */
  readSheet(name: string, onRow: (row: SheetRow) => void, options?: ReadSheetOptions): SheetContent;
}

export type OpenWorkbookResult =
  | { ok: true; workbook: Workbook }
  /** `declaredBytes` and `limitBytes` come with `too-large`. */
  | { ok: false; reason: WorkbookFailure; detail: string; declaredBytes?: number; limitBytes?: number };

const ODS_MIME_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;

class TooLarge extends WorkbookError {
  readonly declaredBytes: number;
  readonly limitBytes: number;

  constructor(declaredBytes: number, limitBytes: number) {
    super('too-large', `it unpacks to ${megabytes(declaredBytes)}, more than the ${megabytes(limitBytes)} this reader allows`);
    this.declaredBytes = declaredBytes;
    this.limitBytes = limitBytes;
  }
}

function refusal(kind: ReturnType<typeof fileKind>): OpenWorkbookResult | undefined {
  switch (kind) {
    case 'xls':
      return { ok: false, reason: 'xls', detail: 'an Excel 97-2003 workbook (.xls), an older format than .xlsx' };
    case 'encrypted':
      return { ok: false, reason: 'encrypted', detail: 'a workbook protected with a password (encrypted)' };
    case 'ole2':
      return { ok: false, reason: 'not-a-workbook', detail: 'a Word or PowerPoint 97-2003 file, not a workbook' };
    case 'other':
      return { ok: false, reason: 'not-a-workbook', detail: 'not an Excel workbook (an .xlsx file is a zip archive, and this is not one)' };
    default:
      return undefined;
  }
}

export function openWorkbook(bytes: Uint8Array, options: OpenWorkbookOptions = {}): OpenWorkbookResult {
  const refused = refusal(fileKind(bytes));
  if (refused) return refused;
  try {
    return { ok: true, workbook: open(bytes, options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES) };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: error.reason, detail: error.detail, declaredBytes: error.declaredBytes, limitBytes: error.limitBytes };
    if (error instanceof WorkbookError) return { ok: false, reason: error.reason, detail: error.detail };
    return { ok: false, reason: 'damaged', detail: `it cannot be read: ${(error as Error).message}` };
  }
}

function open(bytes: Uint8Array, limit: number): Workbook {
  const entries = readZipDirectory(bytes);
  const entry = (part: string | undefined): ZipEntry | undefined => (part === undefined ? undefined : entries.get(part.toLowerCase()));
  const readSmall = (found: ZipEntry): string => {
    if (found.size > limit) throw new TooLarge(found.size, limit);
    return partText(bytes, found);
  };
  const relationshipsOf = (part: string): Relationship[] => {
    const found = entry(relationshipsPartOf(part));
    return found ? parseRelationships(readSmall(found), part) : [];
  };

  const mimetype = entry('mimetype');
  if (mimetype) {
    if (readSmall(mimetype).startsWith(ODS_MIME_TYPE)) throw new WorkbookError('ods', 'an OpenDocument spreadsheet (.ods)');
    throw new WorkbookError('not-a-workbook', 'an OpenDocument file, not a workbook');
  }
  const workbookPart = relationshipsOf('').find((relationship) => relationship.type === 'officeDocument')?.part ?? 'xl/workbook.xml';
  if (workbookPart.toLowerCase().endsWith('.bin') || entry('xl/workbook.bin')) throw new WorkbookError('xlsb', 'an Excel binary workbook (.xlsb)');
  const workbookEntry = entry(workbookPart);
  if (!workbookEntry) throw new WorkbookError('not-a-workbook', 'a zip file that holds no Excel workbook');

  const relationships = relationshipsOf(workbookPart);
  const partOfType = (type: string) => entry(relationships.find((relationship) => relationship.type === type)?.part);
  const definition = parseWorkbook(readSmall(workbookEntry));
  const stylesEntry = partOfType('styles');
  const styles: FormatMeaning[] = stylesEntry ? parseStyles(readSmall(stylesEntry)) : [];
  const stringsEntry = partOfType('sharedStrings');
  const sheetEntries = new Map<string, ZipEntry>();
  for (const sheet of definition.sheets) {
    const part = relationships.find((relationship) => relationship.id === sheet.relationshipId)?.part;
    const found = entry(part);
    if (!found) throw new WorkbookError('damaged', `the sheet "${sheet.name}" is missing from the file`);
    if (!sheetEntries.has(sheet.name)) sheetEntries.set(sheet.name, found);
  }
  const declared = [workbookEntry, stylesEntry, stringsEntry, ...sheetEntries.values()].reduce((sum, part) => sum + (part?.size ?? 0), 0);
  if (declared > limit) throw new TooLarge(declared, limit);

  let sharedStrings: string[] | undefined;
  const context = (): CellContext => ({ sharedStrings: sharedStrings ?? [], styles, date1904: definition.date1904 });
  return {
    sheets: definition.sheets.map(({ name, visibility }) => ({ name, visibility })),
    date1904: definition.date1904,
    readSheet(name, onRow, { onProgress } = {}) {
      const sheetEntry = sheetEntries.get(name);
      if (!sheetEntry) throw new RangeError(`The workbook has no sheet named "${name}"`);
      const stringsToRead = sharedStrings === undefined && stringsEntry ? stringsEntry : undefined;
      const total = Math.max(1, (stringsToRead?.compressedSize ?? 0) + sheetEntry.compressedSize);
      if (stringsToRead) {
        const strings: string[] = [];
        scanPart(bytes, stringsToRead, sharedStringsScanner(stringsToRead.name, strings), (fraction) => onProgress?.((fraction * stringsToRead.compressedSize) / total));
        sharedStrings = strings;
      }
      const done = (stringsToRead?.compressedSize ?? 0) / total;
      const scanner = sheetScanner(name, sheetEntry.name, context(), onRow);
      scanPart(bytes, sheetEntry, scanner.scan, (fraction) => onProgress?.(done + (fraction * sheetEntry.compressedSize) / total));
      onProgress?.(1);
      return { merges: scanner.merges };
    },
  };
}

/** A whole sheet at once: its rows (as readSheet gives them) and merged ranges. Throws as readSheet does. */
export function readSheetRows(workbook: Workbook, name: string, options?: ReadSheetOptions): { rows: SheetRow[] } & SheetContent {
  const rows: SheetRow[] = [];
  const { merges } = workbook.readSheet(name, (row) => rows.push(row), options);
  return { rows, merges };
}
