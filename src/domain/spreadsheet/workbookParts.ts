// The small parts of an .xlsx, read whole: the relationships that say where each part is, the
// workbook (its sheets, in order, with their visibility, and the date system) and the styles (each
// cell style's number format). Sources: ECMA-376 Part 2 (Open Packaging Conventions: relationships)
// and Part 1 §18.2 (workbook), §18.8 (styles).
import type { SheetInfo } from './cells';
import { meaningOfFormat, type FormatMeaning } from './numberFormats';
import { elementBody, tagsNamed, unescapeXstring } from './xmlText';

export interface Relationship {
  id: string;
  /** The relationship type's last segment: officeDocument, worksheet, sharedStrings, styles. */
  type: string;
  /** The part it points to, as a path inside the zip; undefined for an external target (never followed). */
  part: string | undefined;
}

/** `_rels/.rels` for the package, `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target, relative to the part's folder (the package root for "") or absolute ("/xl/…"), as a zip path. */
function resolveTarget(fromPart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

export function parseRelationships(xml: string, fromPart: string): Relationship[] {
  return [...tagsNamed(xml, 'Relationship')].map((attributes) => {
    const type = (attributes.get('Type') ?? '').split('/').pop() ?? '';
    const target = attributes.get('Target') ?? '';
    const external = attributes.get('TargetMode') === 'External';
    return { id: attributes.get('Id') ?? '', type, part: external ? undefined : resolveTarget(fromPart, target) };
  });
}

export interface WorkbookSheetEntry extends SheetInfo {
  /** The relationship id (r:id) that names the sheet's part. */
  relationshipId: string;
}

export interface WorkbookDefinition {
  sheets: WorkbookSheetEntry[];
  /** Dates count from 1904-01-01 (old Mac workbooks), not from 1900. */
  date1904: boolean;
}

const VISIBILITIES: readonly string[] = ['visible', 'hidden', 'veryHidden'];

export function parseWorkbook(xml: string): WorkbookDefinition {
  const properties = tagsNamed(xml, 'workbookPr').next().value;
  const date1904 = ['1', 'true'].includes(properties?.get('date1904') ?? '');
  const sheets = [...tagsNamed(elementBody(xml, 'sheets') ?? '', 'sheet')].map((attributes) => {
    const state = attributes.get('state') ?? 'visible';
    return {
      name: unescapeXstring(attributes.get('name') ?? ''),
      visibility: (VISIBILITIES.includes(state) ? state : 'visible') as SheetInfo['visibility'],
      relationshipId: attributes.get('id') ?? '',
    };
  });
  return { sheets, date1904 };
}

/** Each cell style (the `s` of a cell indexes this list) as what its number format means. */
export function parseStyles(xml: string): FormatMeaning[] {
  const customCodes = new Map<number, string>();
  for (const attributes of tagsNamed(elementBody(xml, 'numFmts') ?? '', 'numFmt')) {
    customCodes.set(Number(attributes.get('numFmtId')), attributes.get('formatCode') ?? '');
  }
  return [...tagsNamed(elementBody(xml, 'cellXfs') ?? '', 'xf')].map((attributes) => meaningOfFormat(Number(attributes.get('numFmtId') ?? 0), customCodes));
}
