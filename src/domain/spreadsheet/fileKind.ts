// What a file is, from its first bytes, before it is read as a workbook: a zip (an .xlsx, .xlsm,
// .xlsb or .ods), an OLE2 compound file (an .xls, or an .xlsx that Excel encrypted with a
// password), or something else. Sources: [MS-CFB] (the compound file: 512-byte header, 128-byte
// directory entries on 128-byte boundaries, a name in UTF-16LE with its length in bytes at offset
// 64), [MS-OFFCRYPTO] §2.3.4 (an encrypted package holds the streams EncryptionInfo and
// EncryptedPackage), [MS-XLS] §2.1.2 (an .xls holds a stream named Workbook, or Book before Excel 97),
// [MS-DOC] and [MS-PPT] (WordDocument, PowerPoint Document).

export type FileKind = 'zip' | 'xls' | 'encrypted' | 'ole2' | 'other';

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** The names of the directory entries of a compound file, found where entries can lie. */
function compoundFileNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = bytes[at + 64]! | (bytes[at + 65]! << 8);
    const type = bytes[at + 66];
    // A stream (2) or storage (1) entry with a name of 1 to 31 characters and its closing NUL.
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2)) continue;
    if (bytes[at + length - 2] !== 0 || bytes[at + length - 1] !== 0) continue;
    let name = '';
    for (let index = 0; index < length - 2; index += 2) name += String.fromCharCode(bytes[at + index]! | (bytes[at + index + 1]! << 8));
    if (/^[\w .-]+$/.test(name)) names.add(name);
  }
  return names;
}

export function fileKind(bytes: Uint8Array): FileKind {
  // A zip starts with a local file header, or with the end record when it is empty.
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) return 'zip';
  if (!startsWith(bytes, OLE2_SIGNATURE)) return 'other';
  const names = compoundFileNames(bytes);
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  // A Word or PowerPoint 97-2003 file is not a workbook; an OLE2 file we cannot tell is taken for
  // an .xls, the one a person is likely to have dropped on a spreadsheet reader.
  return names.has('WordDocument') || names.has('PowerPoint Document') ? 'ole2' : 'xls';
}
