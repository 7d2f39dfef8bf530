// What a file really is, from its first bytes, when it is not text at all: a workbook, a zip, a PDF,
// an image or random bytes saved with a .json or .csv name. Advice to "save it again as UTF-8" is
// wrong for all of these; the officer needs to hear what the file is and what to do with it. The
// signatures are the formats' own magic numbers (ZIP "PK\3\4", PDF "%PDF", OLE2 D0 CF 11 E0, PNG,
// JPEG, GIF, gzip, RTF, and AppleDouble 00 05 16 07, which a Mac writes beside a file it copies to a
// shared drive or USB stick, named "._" and the file's name).

export interface WhatItIs {
  /** "an Excel workbook (.xlsx)" */
  what: string;
  /** What to do, as "deleting it", to follow "Try". */
  advice: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** Text of the first bytes, for the names a zip lists near its start. */
const head = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 65536));

/** A share of control bytes (not tab, line feed, form feed, carriage return, nor the zeros of UTF-16) that no text has. */
const BINARY_SHARE = 0.03;

function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) zeros++;
    else if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 0x7f) controls++;
  }
  // Many zeros are UTF-16 text (encoding.ts names it); few zeros and many controls are not text.
  return zeros < sample.length / 4 && controls > sample.length * BINARY_SHARE;
}

const IMPORT = 'giving it back a name ending .xlsx and importing it as a workbook (npm run import, or the Data page’s preview)';

export function describeWhatItIs(bytes: Uint8Array): WhatItIs | undefined {
  if (bytes.length < 4) return undefined;
  if (startsWith(bytes, [0x00, 0x05, 0x16, 0x07])) {
    return { what: 'a macOS metadata file (AppleDouble), not figures', advice: 'deleting it: a Mac leaves one, named "._" and the real file’s name, when it copies to a shared drive; it is safe to delete' };
  }
  if (startsWith(bytes, ascii('PK\u0003\u0004'))) {
    const names = head(bytes);
    if (names.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return { what: 'an OpenDocument spreadsheet (.ods, from LibreOffice or Numbers)', advice: 'opening it and saving it as an Excel workbook (.xlsx), then importing that' };
    if (names.includes('xl/')) return { what: 'an Excel workbook (.xlsx)', advice: IMPORT };
    if (names.includes('word/')) return { what: 'a Word document (.docx)', advice: 'putting the figures in the month’s JSON file, or in the template workbook to import' };
    return { what: 'a zip archive', advice: 'unzipping it and using the file inside' };
  }
  if (startsWith(bytes, ascii('%PDF'))) return { what: 'a PDF document', advice: 'putting the figures in the month’s JSON file, or in the template workbook to import: they cannot be read from a PDF' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { what: 'an old Office file (Excel 97–2003 .xls, or Word .doc)', advice: 'opening it in Excel and saving it as an Excel workbook (.xlsx), then importing that' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, ascii('GIF8'))) return { what: 'an image', advice: 'putting the figures in the month’s JSON file: they cannot be read from a picture' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { what: 'a compressed (gzip) file', advice: 'uncompressing it and using the file inside' };
  if (startsWith(bytes, ascii('{\\rtf'))) return { what: 'a Rich Text (RTF) document', advice: 'saving it again as plain text (TextEdit: Format, Make Plain Text; WordPad: Save as, Text Document)' };
  if (looksBinary(bytes)) return { what: 'binary data, not text', advice: 'copying the file again from where it was made: this copy is damaged, or is another kind of file renamed' };
  return undefined;
}
