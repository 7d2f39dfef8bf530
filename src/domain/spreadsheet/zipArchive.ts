// The zip container of an .xlsx: its central directory, and each part inflated in chunks with
// fflate's synchronous streaming Inflate (no worker, no blob: URL, so it runs in a module worker
// under the site's Content-Security-Policy). Every part is held to the size its directory entry
// declares, so a zip bomb stops after at most that many bytes plus one chunk.
// Source: PKWARE's APPNOTE.TXT (sections 4.3.7 local header, 4.3.12 central directory, 4.3.16 end
// of central directory, 4.3.14-15 and 4.5.3 for ZIP64).
import { Inflate } from 'fflate';
import { WorkbookError } from './workbookError';

export interface ZipEntry {
  /** The name as stored, with "\" read as "/". */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** The uncompressed size the directory declares. */
  size: number;
  localHeaderOffset: number;
}

/** Compressed bytes fed to the inflater at a time: at most about 1,000 times as many come out. */
const INPUT_CHUNK = 64 * 1024;

const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number) => (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
const u64 = (bytes: Uint8Array, at: number) => u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;

const damaged = (detail: string) => new WorkbookError('damaged', detail);

function findEndOfDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of up to 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) return at;
  }
  throw damaged('the file is incomplete: its zip directory is missing, as when a copy is cut short');
}

/** The ZIP64 sizes and offset that replace the 0xFFFFFFFF placeholders, in the order the spec lists them. */
function zip64Values(bytes: Uint8Array, extraStart: number, extraEnd: number, wanted: number): number[] {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = u16(bytes, at);
    const length = u16(bytes, at + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let field = 0; field < wanted && at + 4 + field * 8 + 8 <= at + 4 + length; field++) values.push(u64(bytes, at + 4 + field * 8));
      return values;
    }
    at += 4 + length;
  }
  return [];
}

/** The parts of the zip, by lower-case name (part names in a package are case-insensitive). */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const end = findEndOfDirectory(bytes);
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
    const record = Number(u64(bytes, end - 12));
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) throw damaged('its ZIP64 directory is damaged');
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw damaged('its zip directory is damaged');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/');
    let size = u32(bytes, at + 24);
    let compressedSize = u32(bytes, at + 20);
    let localHeaderOffset = u32(bytes, at + 42);
    const placeholders = [size, compressedSize, localHeaderOffset].filter((value) => value === 0xffffffff).length;
    if (placeholders > 0) {
      const values = zip64Values(bytes, at + 46 + nameLength, at + 46 + nameLength + extraLength, placeholders);
      if (size === 0xffffffff) size = values.shift() ?? size;
      if (compressedSize === 0xffffffff) compressedSize = values.shift() ?? compressedSize;
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = values.shift() ?? localHeaderOffset;
    }
    const entry = { name, method: u16(bytes, at + 10), flags: u16(bytes, at + 8), compressedSize, size, localHeaderOffset };
    const key = name.toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The stored (compressed) bytes of an entry, after its local header. */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw damaged(`${entry.name} is damaged: its local header is missing`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged(`${entry.name} is cut short: the file is incomplete`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates an entry, giving its bytes in chunks, and after each chunk of input the fraction of it
 * read. Throws WorkbookError: `damaged` for bad data, or more or fewer bytes than declared.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void, onInput?: (fraction: number) => void): void {
  if (entry.flags & 1) throw new WorkbookError('encrypted', `${entry.name} is encrypted`);
  const data = compressedData(bytes, entry);
  let produced = 0;
  // What the reader of the chunks throws (a damaged sheet, or the caller's own error) goes out as it is.
  let thrownDownstream: unknown;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.size) throw damaged(`${entry.name} unpacks to more than the ${entry.size} bytes it declares`);
    try {
      if (chunk.length) onChunk(chunk);
    } catch (error) {
      thrownDownstream = error;
      throw error;
    }
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += INPUT_CHUNK) {
      take(data.subarray(at, Math.min(data.length, at + INPUT_CHUNK)));
      onInput?.(Math.min(1, (at + INPUT_CHUNK) / data.length));
    }
  } else if (entry.method === 8) {
    const inflater = new Inflate(take);
    try {
      for (let at = 0; at < data.length || at === 0; at += INPUT_CHUNK) {
        inflater.push(data.subarray(at, Math.min(data.length, at + INPUT_CHUNK)), at + INPUT_CHUNK >= data.length);
        onInput?.(Math.min(1, (at + INPUT_CHUNK) / Math.max(1, data.length)));
      }
    } catch (error) {
      if (error === thrownDownstream || error instanceof WorkbookError) throw error;
      throw damaged(`${entry.name} is damaged: ${(error as Error).message}`);
    }
  } else {
    throw damaged(`${entry.name} is compressed by a method this reader does not read, number ${entry.method}`);
  }
  if (produced !== entry.size) throw damaged(`${entry.name} unpacks to ${produced} bytes, not the ${entry.size} it declares`);
}

/** A small entry whole, as bytes (gathered as they come: a declared size is not trusted with an allocation). */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const chunks: Uint8Array[] = [];
  inflateEntry(bytes, entry, (chunk) => chunks.push(chunk));
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}
