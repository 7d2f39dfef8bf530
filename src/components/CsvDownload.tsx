import { toCsv, type CsvCell } from '../domain/present/csvExport';
import { downloadBlob } from './chartExport';

/**
 * Download a table as CSV: UTF-8 with a byte-order mark so Excel reads it right, ISO dates, the
 * figures as in the data, and text cells that look like formulas neutralised.
 */
export function CsvDownload({ fileName, header, rows, label }: { fileName: string; header: string[]; rows: CsvCell[][]; label: string }) {
  const download = () => downloadBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
  return (
    <button type="button" className="button button-secondary no-print" onClick={download}>
      {label}
    </button>
  );
}
