// The few steps the part scanners (sharedStrings.ts, sheetScanner.ts) share: the namespace prefix a
// part writes its elements with, an element's name, its text, and a string's runs joined.
// These scanners read SpreadsheetML, not XML in general: a DOM (or even a general SAX parser) of a
// 100 MB sheet costs seconds and gigabytes; a scan with indexOf over the text, knowing which few
// elements matter, costs a fraction of that.
import { WorkbookError } from './workbookError';
import { decodeXml, unescapeXstring } from './xmlText';

/** Characters that end an element's name: space, tab, line ends, "/" and ">". */
export function endsName(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** Whether the element name at `at` (after "<" or "</") is `prefix` + `name`. */
export function nameAt(text: string, at: number, prefix: string, name: string): boolean {
  return text.startsWith(prefix, at) && text.startsWith(name, at + prefix.length) && endsName(text.charCodeAt(at + prefix.length + name.length));
}

/**
 * The root element's namespace prefix ("" for the default namespace, "x:" for `<x:worksheet>`, as
 * the Open XML SDK writes), checking its name; undefined while the root's start tag is not in
 * `text` yet. Every SpreadsheetML element of a part is written with the same prefix.
 */
export function rootPrefix(text: string, part: string, rootNames: readonly string[]): string | undefined {
  let at = 0;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0) return undefined;
    const next = text.charCodeAt(lt + 1);
    if (next !== 63 && next !== 33) {
      // Not <?xml …?> nor <!-- … -->.
      let end = lt + 1;
      while (end < text.length && !endsName(text.charCodeAt(end))) end++;
      if (end === text.length) return undefined;
      const name = text.slice(lt + 1, end);
      const colon = name.indexOf(':');
      if (!rootNames.includes(name.slice(colon + 1))) throw new WorkbookError('damaged', `${part} is not what the workbook says it is: it starts with <${name}>`);
      return name.slice(0, colon + 1);
    }
    const end = text.indexOf('>', lt);
    if (end < 0) return undefined;
    at = end + 1;
  }
}

/**
 * The text from `start` to the next tag, and where that tag starts. CDATA sections (which Excel
 * never writes, but other writers may) are taken as written.
 */
export function textAt(text: string, start: number): { value: string; end: number } {
  let end = text.indexOf('<', start);
  if (end < 0) end = text.length;
  if (!text.startsWith('<![CDATA[', end)) return { value: decodeXml(text.slice(start, end)), end };
  let value = decodeXml(text.slice(start, end));
  while (text.startsWith('<![CDATA[', end)) {
    const close = text.indexOf(']]>', end);
    if (close < 0) return { value, end: text.length };
    value += text.slice(end + 9, close);
    const next = text.indexOf('<', close + 3);
    const stop = next < 0 ? text.length : next;
    value += decodeXml(text.slice(close + 3, stop));
    end = stop;
  }
  return { value, end };
}

/**
 * A string item (`<si>` of the shared strings, `<is>` of an inline string) between `from` and
 * `to`: its `<t>` texts, the runs of rich text joined, phonetic guides (`<rPh>`, the reading of
 * Japanese text) left out, as Excel shows the cell. ECMA-376 Part 1, §18.4.
 */
export function stringItem(text: string, from: number, to: number, prefix: string): string {
  let value = '';
  let phonetic = 0;
  let at = from;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0 || lt >= to) return value;
    const closing = text.charCodeAt(lt + 1) === 47;
    const name = lt + (closing ? 2 : 1);
    if (nameAt(text, name, prefix, 'rPh')) {
      const gt = text.indexOf('>', name);
      if (closing) phonetic--;
      else if (text.charCodeAt(gt - 1) !== 47) phonetic++;
    } else if (!closing && phonetic === 0 && nameAt(text, name, prefix, 't')) {
      const gt = text.indexOf('>', name);
      if (text.charCodeAt(gt - 1) !== 47) {
        const run = textAt(text, gt + 1);
        value += unescapeXstring(run.value);
        at = run.end;
        continue;
      }
    }
    at = lt + 1;
  }
}
