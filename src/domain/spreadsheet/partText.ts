// A part of the zip as text, in chunks: inflated (zipArchive.ts), decoded from UTF-8 as it comes
// (a character split between two chunks is kept for the next), and handed to a scanner that says
// how much it has used; what it has not used is handed again, joined to the next chunk. So no
// part's whole text is ever held, however big the sheet.
import { inflateEntry, entryBytes, type ZipEntry } from './zipArchive';
import { WorkbookError } from './workbookError';

/** Reads text, returns how much of it it has used. `final`: no more text will come. */
export type PartScanner = (text: string, final: boolean) => number;

/** UTF-8 unless the part starts with a UTF-16 byte-order mark (allowed by XML, written by a few tools). */
function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder('utf-8', { fatal: true });
}

function decodeOrFail(decoder: TextDecoder, part: string, chunk?: Uint8Array): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch {
    throw new WorkbookError('damaged', `${part} is not valid text (its bytes are not UTF-8)`);
  }
}

export function scanPart(bytes: Uint8Array, entry: ZipEntry, scan: PartScanner, onInput?: (fraction: number) => void): void {
  let decoder: TextDecoder | undefined;
  let rest = '';
  inflateEntry(
    bytes,
    entry,
    (chunk) => {
      decoder ??= decoderFor(chunk);
      const text = rest + decodeOrFail(decoder, entry.name, chunk);
      rest = text.slice(scan(text, false));
    },
    onInput,
  );
  const text = rest + (decoder ? decodeOrFail(decoder, entry.name) : '');
  scan(text, true);
}

/** A small part whole, as text. */
export function partText(bytes: Uint8Array, entry: ZipEntry): string {
  const data = entryBytes(bytes, entry);
  const decoder = decoderFor(data);
  return decodeOrFail(decoder, entry.name, data) + decodeOrFail(decoder, entry.name);
}
