// Naming the encoding of a file that is not UTF-8, so that the message can say how to save it
// again: Excel's "Unicode Text" and Notepad's "Unicode" are UTF-16; Excel's plain "CSV" and old
// Notepad write Windows-1252 (a £ as the single byte 0xA3, curly quotes as 0x93 and 0x94); older
// Excel for Mac and TextEdit write Mac Roman (curly quotes as 0xD2 and 0xD3), told apart from
// Windows-1252 by the characters each reading gives (singleByteText.ts).
import { guessSingleByte, type SingleByteEncoding } from './singleByteText';

export type ForeignEncoding = 'UTF-16' | SingleByteEncoding;

const HOW_TO_SAVE: Record<ForeignEncoding, string> = {
  'UTF-16': 'save it again as UTF-8 (Notepad: File, Save as, Encoding "UTF-8"; Excel: "CSV UTF-8 (Comma delimited)")',
  'Windows-1252': 'save it again as UTF-8 (Notepad: File, Save as, Encoding "UTF-8"; Excel: "CSV UTF-8 (Comma delimited)")',
  'Mac Roman': 'save it again as UTF-8 (TextEdit: File, Save, Plain Text Encoding "Unicode (UTF-8)"; Excel for Mac: "CSV UTF-8 (Comma delimited)")',
};

/**
 * UTF-16 by its byte-order mark (FF FE or FE FF) or by a zero byte beside most ASCII letters;
 * otherwise Windows-1252 or Mac Roman (any byte sequence that is not UTF-8 reads as either), by its
 * characters. Undefined for text that is neither (no zero bytes and valid UTF-8).
 */
export function guessForeignEncoding(bytes: Uint8Array, isUtf8: boolean): ForeignEncoding | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return 'UTF-16';
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  if (sample.length >= 2 && zeros >= sample.length / 4) return 'UTF-16';
  return isUtf8 ? undefined : guessSingleByte(bytes).encoding;
}

/** "the file is saved as UTF-16, not UTF-8: save it again as UTF-8 (...)". */
export function describeForeignEncoding(encoding: ForeignEncoding, nearByte?: number): string {
  const where = nearByte === undefined || encoding === 'UTF-16' ? '' : ` (the first such byte is near byte ${nearByte})`;
  return `text saved as ${encoding}, not UTF-8${where}; ${HOW_TO_SAVE[encoding]}`;
}
