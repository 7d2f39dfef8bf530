// An Excel workbook chosen on the Data page, as the snapshot file it makes: the workbook reader (src/domain/spreadsheet) is
// loaded here, on demand, so no other page (and not the Overview) carries it.
import { snapshotFileText } from '../../domain/contract/monthDraft';
import type { Problem } from '../../domain/contract/problems';
import type { SheetProblem } from '../../domain/contract/xlsxImport';
import type { Indicator } from '../../domain/schema';

export type WorkbookPreview =
  | { ok: true; file: string; text: string; warnings: SheetProblem[]; locate: (problem: Problem) => string | undefined }
  | { ok: false; problems: SheetProblem[]; message?: string };

export async function previewWorkbook(name: string, bytes: Uint8Array, month: string, indicators: readonly Pick<Indicator, 'id' | 'unit'>[]): Promise<WorkbookPreview> {
  const [{ readWorkbook }, { snapshotFromWorkbook }] = await Promise.all([import('../../domain/contract/workbookFile'), import('../../domain/contract/xlsxImport')]);
  const read = await readWorkbook(bytes);
  if (!read.ok) return { ok: false, problems: [], message: `${name} cannot be read: ${read.detail}.` };
  const converted = snapshotFromWorkbook(read.sheets, month, name, indicators);
  if (!converted.ok) return { ok: false, problems: converted.problems };
  const file = `snapshots/${month}.json`;
  return { ok: true, file, text: snapshotFileText({ $schema: '../schema/snapshot.schema.json', ...converted.snapshot }), warnings: converted.warnings, locate: converted.locate };
}
