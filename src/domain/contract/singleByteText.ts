// Text saved one byte a character, as spreadsheets and editors save it when not told UTF-8: in the
// UK, Windows-1252 (Excel's plain "CSV" on Windows, old Notepad) or Mac Roman (older Excel for Mac,
// TextEdit). Any bytes read as either, so the bytes alone cannot say which: the characters can.
// Mac Roman's en dash and curly quotes (0xD0, 0xD2, 0xD3) are Windows-1252's Ð Ò Ó, and Windows-1252's
// (0x96, 0x93, 0x94) are Mac Roman's ñ ì î; a council's text is full of the first kind and has
// almost none of the second. So each reading is scored by the characters it gives, and the one
// whose characters are those of an English council's text wins (Windows-1252 on a tie: the commoner).

export type SingleByteEncoding = 'Windows-1252' | 'Mac Roman';

// Bytes 0x80 to 0x9F of Windows-1252 (the WHATWG Encoding Standard's index-windows-1252; the five
// unassigned bytes stay C1 controls); 0xA0 to 0xFF are Latin-1's. Decoded by hand because Node 20's
// TextDecoder reads the label "windows-1252" as ISO-8859-1, turning an en dash (0x96) into an
// invisible control.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

// Bytes 0x80 to 0xFF of Mac Roman (the WHATWG Encoding Standard's index-macintosh, Apple's ROMAN.TXT).
const MAC_ROMAN_HIGH = [
  0xc4, 0xc5, 0xc7, 0xc9, 0xd1, 0xd6, 0xdc, 0xe1, 0xe0, 0xe2, 0xe4, 0xe3, 0xe5, 0xe7, 0xe9, 0xe8,
  0xea, 0xeb, 0xed, 0xec, 0xee, 0xef, 0xf1, 0xf3, 0xf2, 0xf4, 0xf6, 0xf5, 0xfa, 0xf9, 0xfb, 0xfc,
  0x2020, 0xb0, 0xa2, 0xa3, 0xa7, 0x2022, 0xb6, 0xdf, 0xae, 0xa9, 0x2122, 0xb4, 0xa8, 0x2260, 0xc6, 0xd8,
  0x221e, 0xb1, 0x2264, 0x2265, 0xa5, 0xb5, 0x2202, 0x2211, 0x220f, 0x3c0, 0x222b, 0xaa, 0xba, 0x3a9, 0xe6, 0xf8,
  0xbf, 0xa1, 0xac, 0x221a, 0x192, 0x2248, 0x2206, 0xab, 0xbb, 0x2026, 0xa0, 0xc0, 0xc3, 0xd5, 0x152, 0x153,
  0x2013, 0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0xf7, 0x25ca, 0xff, 0x178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02,
  0x2021, 0xb7, 0x201a, 0x201e, 0x2030, 0xc2, 0xca, 0xc1, 0xcb, 0xc8, 0xcd, 0xce, 0xcf, 0xcc, 0xd3, 0xd4,
  0xf8ff, 0xd2, 0xda, 0xdb, 0xd9, 0x131, 0x2c6, 0x2dc, 0xaf, 0x2d8, 0x2d9, 0x2da, 0xb8, 0x2dd, 0x2db, 0x2c7,
];

function codePoint(byte: number, encoding: SingleByteEncoding): number {
  if (byte < 0x80) return byte;
  if (encoding === 'Mac Roman') return MAC_ROMAN_HIGH[byte - 0x80]!;
  return byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte;
}

export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => codePoint(byte, encoding)));
  }
  return text;
}

/** Characters outside ASCII that a council's English text has: money, dashes, quotes, a few accents, fractions. */
const EXPECTED = new Set('£€–—‘’“”…•°½¼¾é è ê ë à â ç ô ö ü ï î ñ á í ó ú É ©®™ ·×'.replace(/ /g, '') + '\u00a0');

/**
 * Which single-byte encoding `bytes` (not UTF-8) were written in, by the characters each reading
 * gives, with one character that shows it (for the message).
 */
export function guessSingleByte(bytes: Uint8Array): { encoding: SingleByteEncoding; example?: { byte: number; as: string; otherwise: string } } {
  let windows = 0;
  let mac = 0;
  let windowsExample: { byte: number; as: string; otherwise: string } | undefined;
  let macExample: typeof windowsExample;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    const asWindows = String.fromCharCode(codePoint(byte, 'Windows-1252'));
    const asMac = String.fromCharCode(codePoint(byte, 'Mac Roman'));
    const windowsLike = EXPECTED.has(asWindows);
    const macLike = EXPECTED.has(asMac);
    if (windowsLike) windows++;
    if (macLike) mac++;
    if (windowsLike && !macLike) windowsExample ??= { byte, as: asWindows, otherwise: asMac };
    if (macLike && !windowsLike) macExample ??= { byte, as: asMac, otherwise: asWindows };
  }
  return mac > windows ? { encoding: 'Mac Roman', example: macExample } : { encoding: 'Windows-1252', example: windowsExample };
}
