// Why a workbook cannot be read, as a value the caller words for the officer. `xls`, `xlsb` and
// `ods` are other formats, to be saved again as .xlsx; `encrypted` needs its password removed.

export type WorkbookFailure = 'not-a-workbook' | 'xls' | 'xlsb' | 'ods' | 'encrypted' | 'too-large' | 'damaged';

/** What reading a sheet throws when the file turns out damaged part-way (openWorkbook returns it instead). */
export class WorkbookError extends Error {
  readonly reason: WorkbookFailure;
  /** A short phrase in plain English: "xl/worksheets/sheet2.xml is cut short: the file is incomplete". */
  readonly detail: string;

  constructor(reason: WorkbookFailure, detail: string) {
    super(detail);
    this.name = 'WorkbookError';
    this.reason = reason;
    this.detail = detail;
  }
}
