// Bytes of a spreadsheet export to text, as Excel saves them. Excel's "CSV UTF-8" is UTF-8 with a
// byte-order mark; its plain "CSV" is Windows-1252 on Windows (an en dash is the single byte 0x96,
// a £ 0xA3) and Mac Roman in older Excel for Mac (an en dash 0xD0); its "Unicode Text" is UTF-16
// with a byte-order mark. Unlike a JSON data file (which must be UTF-8), a CSV is only read to make
// a snapshot, so every one of these is converted, with a note saying so, rather than refused.
// Which single-byte encoding it was is told by the characters each reading gives (singleByteText.ts).
import { decodeSingleByte, guessSingleByte, type SingleByteEncoding } from './singleByteText';
import { describeWhatItIs } from './fileSniff';

export type SpreadsheetEncoding = 'UTF-8' | SingleByteEncoding | 'UTF-16';

export type DecodedText =
  | { ok: true; text: string; encoding: SpreadsheetEncoding; note?: string; line?: number; column?: number }
  | { ok: false; detail: string };

/** Above this a CSV is refused unread: a month's figures are a few kilobytes. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

const SAVE_AS_UTF8 = 'next time, choose "CSV UTF-8 (Comma delimited)" in Excel\'s Save As';

/** `maxBytes`: the month's figures are refused above 5 MB; an Annex A list (a council's every contact) may be far larger. */
export function decodeSpreadsheetText(bytes: Uint8Array, maxBytes: number = MAX_CSV_BYTES): DecodedText {
  if (bytes.byteLength > maxBytes) {
    return { ok: false, detail: `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the most a CSV may be is ${Math.round(maxBytes / 1024 / 1024)} MB` };
  }
  // A workbook, a PDF or an image given as a CSV: say what it is, never quote its bytes back.
  const what = describeWhatItIs(bytes);
  if (what) return { ok: false, detail: `not a CSV but ${what.what}; try ${what.advice}` };
  const strip = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = strip(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes));
    return { ok: true, text, encoding: 'UTF-16', note: `saved as UTF-16 ("Unicode Text"), not UTF-8; converted from UTF-16; ${SAVE_AS_UTF8}` };
  }
  try {
    return { ok: true, text: strip(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: every byte sequence reads as Windows-1252 and as Mac Roman; the characters say which.
    const { encoding, example } = guessSingleByte(bytes);
    const text = decodeSingleByte(bytes, encoding);
    const first = firstNonAscii(text);
    const where = first ? ` (first at line ${first.line}, column ${first.column}: "${first.char}")` : '';
    const why = example ? `, judged by its characters: read so, a byte is "${example.as}", which text is full of; read as ${encoding === 'Mac Roman' ? 'Windows-1252' : 'Mac Roman'} it would be "${example.otherwise}"` : '';
    const program = encoding === 'Mac Roman' ? 'a Mac\'s "CSV" from older Excel or TextEdit' : 'Excel\'s plain "CSV"';
    return {
      ok: true,
      text,
      encoding,
      ...(first ? { line: first.line, column: first.column } : {}),
      note: `saved as ${encoding} (${program}), not UTF-8; converted from ${encoding}${why}${where}; ${SAVE_AS_UTF8}`,
    };
  }
}

/** The first character outside ASCII, with its line and column, for the note. */
function firstNonAscii(text: string): { line: number; column: number; char: string } | undefined {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      line++;
      lineStart = index + 1;
    } else if (code > 127) return { line, column: index - lineStart + 1, char: text[index]! };
  }
  return undefined;
}
