// The shared strings table (xl/sharedStrings.xml): every text cell of type "s" holds an index into
// it. Read in chunks like the sheets, since a big extract's table runs to tens of megabytes.
// ECMA-376 Part 1, §18.4.9.
import { WorkbookError } from './workbookError';
import { rootPrefix, stringItem, endsName } from './xmlScan';

/** A scanner for partText.ts' scanPart that appends each string of the table to `strings`. */
export function sharedStringsScanner(part: string, strings: string[]): (text: string, final: boolean) => number {
  let prefix: string | undefined;
  let open = '';
  let close = '';
  return (text, final) => {
    if (prefix === undefined) {
      prefix = rootPrefix(text, part, ['sst']);
      if (prefix === undefined) {
        if (final) throw new WorkbookError('damaged', `${part} is empty or cut short`);
        return 0;
      }
      open = `<${prefix}si`;
      close = `</${prefix}si>`;
    }
    let at = 0;
    for (;;) {
      const start = text.indexOf(open, at);
      if (start < 0) return Math.max(at, text.length - open.length);
      if (start + open.length >= text.length) return start;
      if (!endsName(text.charCodeAt(start + open.length))) {
        at = start + open.length;
        continue;
      }
      const gt = text.indexOf('>', start);
      if (gt < 0) return start;
      if (text.charCodeAt(gt - 1) === 47) {
        strings.push('');
        at = gt + 1;
        continue;
      }
      const end = text.indexOf(close, gt);
      if (end < 0) {
        if (final) throw new WorkbookError('damaged', `${part} is cut short`);
        return start;
      }
      strings.push(stringItem(text, gt + 1, end, prefix));
      at = end + close.length;
    }
  };
}
