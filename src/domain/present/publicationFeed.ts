// The publications as an Atom feed (RFC 4287), feed.xml beside the site, so that a clerk or a
// councillor can subscribe in Outlook or any feed reader and hear of each publication with no
// server: one entry per publication in the log, newest first, saying when, which months it added
// or revised, and linking to the Overview and the Changes page as that publication showed them.
// Links are relative: a reader resolves them against the feed's own address (RFC 4287 §4.2.7,
// XML Base), so the site works at any path of any host, as its pages do.
import { formatIsoTime } from '../months';
import { publicationChangeWords } from './publicationWords';

export const FEED_FILE = 'feed.xml';
export const FEED_TYPE = 'application/atom+xml';

export interface FeedEntry {
  id: string;
  published: string;
  added: readonly string[];
  changed: readonly string[];
  removed: readonly string[];
}

export interface FeedSource {
  /** The council (site.json's organisation), the feed's author. */
  organisation: string | undefined;
  /** The dashboard's title (site.json's title). */
  title: string;
  /** The publication log's entries, oldest first. */
  publications: readonly FeedEntry[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * An `urn:uuid:` (RFC 9562, version 8: made by this application) for a log entry: the
 * publication's 16 hex digits and the digits of its time, so the same entry keeps its id.
 */
export function entryUuid(entry: Pick<FeedEntry, 'id' | 'published'>): string {
  const digits = `${entry.published.replace(/\D/g, '')}0000000000000000`.slice(0, 15);
  const hex = `${entry.id}${digits.slice(0, 3)}8${digits.slice(3)}`;
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const all = `${hex.slice(0, 12)}8${hex.slice(13, 16)}${variant}${hex.slice(17)}`;
  return `urn:uuid:${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20, 32)}`;
}

/** "added Mar 2019; changed Feb 2019", or "no month added, changed or removed". */
function changeWords(entry: FeedEntry): string {
  return publicationChangeWords(entry) || 'no month added, changed or removed';
}

/** The feed's XML text. With no publication yet, a valid feed with no entries. */
export function publicationFeed(source: FeedSource): string {
  const newestFirst = [...source.publications].reverse();
  const updated = newestFirst[0]?.published ?? '1970-01-01T00:00:00.000Z';
  const first = source.publications[0];
  const title = `${source.title}${source.organisation ? `, ${source.organisation}` : ''}: publications`;
  const entries = newestFirst.map((entry) => {
    const when = formatIsoTime(entry.published);
    const what = changeWords(entry);
    const overview = `./?publication=${entry.id}`;
    const changes = `changes/?publication=${entry.id}`;
    return [
      '  <entry>',
      `    <id>${entryUuid(entry)}</id>`,
      `    <title>Published ${escapeXml(when)}: ${escapeXml(what)}</title>`,
      `    <published>${escapeXml(entry.published)}</published>`,
      `    <updated>${escapeXml(entry.published)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(overview)}" title="Overview as published then"/>`,
      `    <link rel="related" type="text/html" href="${escapeXml(changes)}" title="Changes as published then"/>`,
      `    <summary type="text">${escapeXml(`Publication ${entry.id}, published ${when}: ${what}. Its links open the Overview and the Changes page as published then.`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    // The feed's id: its first publication's, with no time (no entry's id has an all-zero time).
    `  <id>${entryUuid({ id: first?.id ?? '0000000000000000', published: '' })}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(source.organisation ?? source.title)}</name></author>`,
    `  <link rel="self" type="${FEED_TYPE}" href="${FEED_FILE}"/>`,
    '  <link rel="alternate" type="text/html" href="./"/>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
