// A workbook chosen on the Data page, as the month's snapshot file it makes: read with the same
// code as `npm run import` (contract/workbookFile.ts), in a module Web Worker (workbookPreview.worker.ts)
// so that a large workbook never stops the page, with progress. Only plain data comes back: the
// file's text, the workbook's own problems at their cells, and where each figure is (to put the
// checks' problems at their cells afterwards, cellOfProblem).
import { snapshotFileText } from '../domain/contract/monthDraft';
import type { SheetProblem, WorkbookCells } from '../domain/contract/workbookCells';
import { figuresFromWorkbook, type WorkbookProgress } from '../domain/contract/workbookFile';
import type { Indicator } from '../domain/schema';

export interface WorkbookPreviewRequest {
  name: string;
  bytes: Uint8Array;
  month: string;
  indicators: Pick<Indicator, 'id' | 'unit'>[];
}

export type WorkbookPreview =
  | { ok: true; file: string; text: string; warnings: SheetProblem[]; cells: WorkbookCells }
  /** `message`: the workbook could not be read at all, in words that say why and what to do. */
  | { ok: false; problems: SheetProblem[]; message?: string };

export function previewWorkbook({ name, bytes, month, indicators }: WorkbookPreviewRequest, onProgress?: WorkbookProgress): WorkbookPreview {
  const result = figuresFromWorkbook(bytes, month, name, indicators, onProgress);
  if (!result.ok) return 'detail' in result ? { ok: false, problems: [], message: `${name} cannot be read: ${result.detail}.` } : { ok: false, problems: result.problems };
  return {
    ok: true,
    file: `snapshots/${month}.json`,
    text: snapshotFileText({ $schema: '../schema/snapshot.schema.json', ...result.snapshot }),
    warnings: result.warnings,
    cells: result.cells,
  };
}
