// A part of the zip as text, in chunks: inflated (zipArchive.ts), decoded from UTF-8 as it comes
// (a character split between two chunks is kept for the next), and handed to a scanner that says
// how much it has used; what it has not used is handed again, joined to the next chunk. So no
// part's whole text is ever held, however big the sheet.
import { inflateEntry, entryBytes, type ZipEntry } from './zipArchive';
import { WorkbookError } from './workbookError';

/** Reads text, returns how much of it it has used. `final`: no more text will come. */
export type PartScanner = (text: string, final: boolean) => number;

/** UTF-16 when the part starts with its byte-order mark (XML allows it; a few tools write it). */
function utf16Decoder(first: Uint8Array): TextDecoder | undefined {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return undefined;
}

// ignoreBOM: a U+FEFF that starts a later chunk is text, kept; the part's own byte-order mark is dropped by hand.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Where the last whole UTF-8 character of a chunk ends: a character cut by the chunk's end (its
 * lead byte in the last three bytes, some of its continuation bytes still to come) waits for the
 * next chunk. Decoding whole chunks without { stream: true } is about twice as fast in Node.
 */
function wholeCharacters(chunk: Uint8Array): number {
  let lead = chunk.length - 1;
  while (lead >= 0 && chunk.length - lead <= 3 && (chunk[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return chunk.length;
  const byte = chunk[lead]!;
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return chunk.length - lead >= length ? chunk.length : lead;
}

function decodeOrFail(decode: () => string, part: string): string {
  try {
    return decode();
  } catch {
    throw new WorkbookError('damaged', `${part} is not valid text: its bytes are not UTF-8`);
  }
}

export function scanPart(bytes: Uint8Array, entry: ZipEntry, scan: PartScanner, onInput?: (fraction: number) => void): void {
  let utf16: TextDecoder | undefined;
  let started = false;
  let cut = new Uint8Array(0);
  let rest = '';
  inflateEntry(
    bytes,
    entry,
    (chunk) => {
      if (!started) {
        started = true;
        utf16 = utf16Decoder(chunk);
        // A UTF-8 byte-order mark is not text.
        if (!utf16 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      let text: string;
      if (utf16) text = decodeOrFail(() => utf16!.decode(chunk, { stream: true }), entry.name);
      else {
        const joined = cut.length ? concat(cut, chunk) : chunk;
        const whole = wholeCharacters(joined);
        cut = joined.slice(whole);
        text = decodeOrFail(() => utf8.decode(joined.subarray(0, whole)), entry.name);
      }
      text = rest + text;
      rest = text.slice(scan(text, false));
    },
    onInput,
  );
  const tail = utf16 ? decodeOrFail(() => utf16!.decode(), entry.name) : decodeOrFail(() => utf8.decode(cut), entry.name);
  scan(rest + tail, true);
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

/** A small part whole, as text. */
export function partText(bytes: Uint8Array, entry: ZipEntry): string {
  const data = entryBytes(bytes, entry);
  const decoder = utf16Decoder(data) ?? utf8;
  return decodeOrFail(() => decoder.decode(data), entry.name).replace(/^\uFEFF/, '');
}
