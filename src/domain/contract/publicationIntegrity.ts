// A publication and the log checked where they are read: a publication's name is the hash of its
// content (publication.ts' publicationId), so one cut short, emptied or edited by hand is told
// apart from the one that was published, and named. The log is checked before it is extended, and
// rebuilt from the publications when it is damaged, never silently shortened.
// Pure functions: reading files is the caller's job (scripts/lib/history.ts, with node:crypto's
// SHA-256; src/data/published.ts hashes with the browser's own and calls matchesName).
import { logEntryFor, parsePublication, PUBLICATION_FORMAT, publicationContent, type Publication, type PublicationLog } from './publication';
import { parseLog } from './publicationLog';
import { sha256Hex } from './sha256';

/** A SHA-256 as 64 hex digits: contract/sha256.ts, or a faster one where there is one (node:crypto). */
export type Sha256 = (bytes: Uint8Array) => string;

const HEAD = `{"format":${PUBLICATION_FORMAT},"id":"`;
const DATASET = ',"dataset":';

/**
 * The bytes a publication's id is the hash of, cut from its file as publication.ts'
 * publicationText writes it (`{"format":1,"id":…,"published":…,"dataset":D}` gives
 * `{"format":1,"dataset":D}`), so that a reader need not write a large dataset out again to
 * check it; undefined for a file laid out any other way (then it is written out again).
 */
export function publicationContentBytes(file: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
  const start = new TextDecoder().decode(file.subarray(0, 120));
  const at = start.indexOf(DATASET);
  if (!start.startsWith(HEAD) || at === -1) return undefined;
  const head = new TextEncoder().encode(`{"format":${PUBLICATION_FORMAT},"dataset":`);
  const content = new Uint8Array(head.length + file.length - at - DATASET.length);
  content.set(head);
  content.set(file.subarray(at + DATASET.length), head.length);
  return content;
}

/** Why a publication's bytes cannot be what was published, in words, or the publication. */
export function checkPublicationBytes(bytes: Uint8Array, id: string, sha256: Sha256 = sha256Hex): Publication | string {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return bytes.length === 0 ? 'it is empty' : `it is cut short or is not JSON (${bytes.length} bytes)`;
  }
  const parsed = parsePublication(value, id);
  if (typeof parsed === 'string') return parsed;
  const content = publicationContentBytes(bytes);
  if (content && sha256(content).slice(0, 16) === id) return parsed;
  return matchesName(parsed, sha256(new TextEncoder().encode(publicationContent(parsed.dataset))).slice(0, 16));
}

/** The same, for a publication's text. */
export function checkPublicationText(text: string, id: string, sha256?: Sha256): Publication | string {
  return checkPublicationBytes(new TextEncoder().encode(text), id, sha256);
}

/**
 * The publication when its content hashes to its name (`hashedId`: the first 16 hex digits of the
 * SHA-256 of publicationContent), or why not.
 */
export function matchesName(publication: Publication, hashedId: string): Publication | string {
  return hashedId === publication.id ? publication : 'its content does not match its name: it was changed after it was published';
}

/** The log's text checked: the log, or a sentence saying what is wrong with it. */
export function checkLogText(text: string): PublicationLog | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text.length === 0 ? 'it is empty' : `it is cut short or is not JSON (${text.length} bytes)`;
  }
  const log = parseLog(value);
  if (typeof log === 'string') return log;
  if (log.organisation !== undefined && typeof log.organisation !== 'string') return 'the council it names is not text';
  return log;
}

/**
 * A log made again from the publications themselves, oldest first, each entry against the one
 * before it: for a log found damaged. What it cannot know (a publication switched back to, a time
 * the pointer moved) it leaves out; the damaged log is kept beside it for that.
 */
export function rebuildLog(publications: readonly Publication[], organisation: string | undefined): PublicationLog {
  const sorted = [...publications].sort((a, b) => (a.published === b.published ? (a.id < b.id ? -1 : 1) : a.published < b.published ? -1 : 1));
  return {
    ...(organisation !== undefined ? { organisation } : {}),
    publications: sorted.map((publication, index) => logEntryFor(publication, sorted[index - 1])),
  };
}

/** Whether `written` is `before` with `entry` added at the end, and nothing lost or changed. */
export function isAppendOf(written: PublicationLog, before: PublicationLog, entry: PublicationLog['publications'][number]): boolean {
  if (written.publications.length !== before.publications.length + 1) return false;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return before.publications.every((old, index) => same(old, written.publications[index])) && same(written.publications.at(-1), entry);
}
