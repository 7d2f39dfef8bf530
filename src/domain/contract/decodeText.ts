// Bytes of a spreadsheet export to text, as Excel saves them. Excel's "CSV UTF-8" is UTF-8 with a
// byte-order mark; its plain "CSV" is Windows-1252 (an en dash is the single byte 0x96, a £ 0xA3);
// its "Unicode Text" is UTF-16 with a byte-order mark. Unlike a JSON data file (which must be
// UTF-8), a CSV is only read to make a snapshot, so every one of these is converted, with a note
// saying so, rather than refused.

export type SpreadsheetEncoding = 'UTF-8' | 'Windows-1252' | 'UTF-16';

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
  const strip = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = strip(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes));
    return { ok: true, text, encoding: 'UTF-16', note: `saved as UTF-16 ("Unicode Text"), not UTF-8; converted from UTF-16; ${SAVE_AS_UTF8}` };
  }
  try {
    return { ok: true, text: strip(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8. Every byte sequence reads as Windows-1252, and it is what Excel's plain "CSV"
    // writes in the UK.
    const text = decodeWindows1252(bytes);
    const first = firstNonAscii(text);
    const where = first ? ` (first at line ${first.line}, column ${first.column}: "${first.char}")` : '';
    return {
      ok: true,
      text,
      encoding: 'Windows-1252',
      ...(first ? { line: first.line, column: first.column } : {}),
      note: `saved as Windows-1252 (Excel's plain "CSV"), not UTF-8; converted from Windows-1252${where}; ${SAVE_AS_UTF8}`,
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

// Bytes 0x80 to 0x9F of Windows-1252 (the WHATWG Encoding Standard's index-windows-1252; the five
// unassigned bytes stay C1 controls). Decoded by hand because Node 20's TextDecoder reads the
// label "windows-1252" as ISO-8859-1, turning an en dash (0x96) into an invisible control.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80]! : byte)));
  }
  return text;
}
