// Which sheets of a workbook the Figures import reads, and what it says about its choice. Officers
// copy sheets ("Figures (2)"), hide last month's, and rename tabs: a hidden old "Figures" read in
// place of the visible "Figures (2)" imported February as April (issue 26), and a renamed
// Workstreams sheet lost every RAG with no word. So: a sheet named for its part is preferred when
// it is visible; whichever is read is named when it is not the plain one; a hidden sheet passed over
// is named; a Workstreams sheet that cannot be found is a warning listing the sheets there are.
import type { SheetInfo } from '../spreadsheet/cells';
import type { SheetProblem } from './workbookCells';

export const FIGURES_SHEET = 'Figures';
export const WORKSTREAMS_SHEET = 'Workstreams';

const plain = (name: string) => name.trim().toLowerCase();
const visible = (sheet: SheetInfo) => sheet.visibility === 'visible';
const quoted = (sheets: readonly SheetInfo[]) => sheets.map((sheet) => `"${sheet.name}"${visible(sheet) ? '' : ' (hidden)'}`).join(', ');

/** Sheets named for `part`: "Figures", "Figures (2)", "figures April": the plain name first, then in the workbook's order. */
function namedFor(sheets: readonly SheetInfo[], part: string): SheetInfo[] {
  const wanted = part.toLowerCase();
  const matching = sheets.filter((sheet) => plain(sheet.name).startsWith(wanted.replace(/s$/, '')));
  return [...matching.filter((sheet) => plain(sheet.name) === wanted), ...matching.filter((sheet) => plain(sheet.name) !== wanted)];
}

export interface SheetChoice {
  sheet?: SheetInfo;
  warnings: SheetProblem[];
}

function note(fileName: string, message: string, expected: string, found: string): SheetProblem {
  return { severity: 'warning', code: 'workbook-sheet', file: fileName, line: 1, column: 1, message, expected, found };
}

/**
 * The sheet of figures: a visible one named Figures (the plain name first), else a hidden one so
 * named, else the first visible sheet. Said whenever it is not simply the one visible "Figures".
 */
export function chooseFiguresSheet(sheets: readonly SheetInfo[], fileName: string): SheetChoice {
  const named = namedFor(sheets, FIGURES_SHEET);
  const sheet = named.find(visible) ?? named[0] ?? sheets.find(visible) ?? sheets[0];
  if (!sheet) return { warnings: [] };
  const passedOver = named.filter((other) => other !== sheet);
  if (plain(sheet.name) === plain(FIGURES_SHEET) && visible(sheet) && passedOver.length === 0) return { sheet, warnings: [] };
  const why = !named.includes(sheet)
    ? `there is no sheet called ${FIGURES_SHEET}`
    : !visible(sheet)
      ? 'it is hidden, but it is the only sheet called Figures'
      : `it is the visible one of ${quoted(named)}`;
  return {
    sheet,
    warnings: [note(fileName, `The figures were read from the sheet "${sheet.name}": ${why}`, `one visible sheet called ${FIGURES_SHEET}, as in the template`, `the sheets ${quoted(sheets)}`)],
  };
}

/** The sheet of workstream reports, named Workstreams (visible first); a warning when there is none. */
export function chooseWorkstreamsSheet(sheets: readonly SheetInfo[], fileName: string, figures: SheetInfo | undefined): SheetChoice {
  const named = namedFor(sheets, WORKSTREAMS_SHEET).filter((sheet) => sheet !== figures);
  const sheet = named.find(visible) ?? named[0];
  if (!sheet) {
    return {
      warnings: [
        note(fileName, `The workbook has no ${WORKSTREAMS_SHEET} sheet, so no workstream's RAG was read`, `a sheet called ${WORKSTREAMS_SHEET} (as in the template), if this month's RAGs are to come from the workbook`, `the sheets ${quoted(sheets)}`),
      ],
    };
  }
  if (plain(sheet.name) === plain(WORKSTREAMS_SHEET) && visible(sheet) && named.length === 1) return { sheet, warnings: [] };
  return {
    sheet,
    warnings: [note(fileName, `The workstream reports were read from the sheet "${sheet.name}"`, `one visible sheet called ${WORKSTREAMS_SHEET}, as in the template`, `the sheets ${quoted(named)}`)],
  };
}
