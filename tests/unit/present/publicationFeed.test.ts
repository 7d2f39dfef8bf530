/** @vitest-environment jsdom */
// The publications as an Atom feed (present/publicationFeed.ts): parsed as XML, with the elements
// RFC 4287 requires of a feed and of each entry, an entry per publication, newest first.
import { describe, expect, it } from 'vitest';
import { entryUuid, publicationFeed, type FeedEntry } from '../../../src/domain/present/publicationFeed';

const ATOM = 'http://www.w3.org/2005/Atom';
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const publications: FeedEntry[] = [
  { id: 'aaaaaaaaaaaaaaaa', published: '2019-03-20T09:00:00.000Z', added: ['2017-10', '2017-11', '2017-12', '2018-01'], changed: [], removed: [] },
  { id: 'bbbbbbbbbbbbbbbb', published: '2019-04-18T14:30:00.000Z', added: ['2019-03'], changed: ['2019-02'], removed: [] },
  { id: 'cccccccccccccccc', published: '2019-04-19T08:00:00.000Z', added: [], changed: [], removed: [] },
];

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

const child = (element: Element, name: string) => [...element.children].filter((each) => each.namespaceURI === ATOM && each.localName === name);
const text = (element: Element, name: string) => child(element, name)[0]?.textContent ?? '';

describe('publicationFeed', () => {
  const xml = publicationFeed({ organisation: 'Bath & North East Somerset <Council>', title: 'Children’s Improvement Dashboard', publications });
  const feed = parse(xml).documentElement;

  it('is an Atom feed with the elements a feed must have: id, title, updated, author, and a link to itself', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, 'feed']);
    expect(text(feed, 'id')).toMatch(UUID);
    expect(text(feed, 'title')).toBe('Children’s Improvement Dashboard, Bath & North East Somerset <Council>: publications');
    expect(text(feed, 'updated')).toBe('2019-04-19T08:00:00.000Z');
    expect(text(child(feed, 'author')[0]!, 'name')).toBe('Bath & North East Somerset <Council>');
    expect(child(feed, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('href')])).toEqual([
      ['self', 'feed.xml'],
      ['alternate', './'],
    ]);
  });

  it('has an entry per publication, newest first, each with an id, title, times and its Overview and Changes as published then', () => {
    const entries = child(feed, 'entry');
    expect(entries.map((entry) => text(entry, 'updated'))).toEqual(['2019-04-19T08:00:00.000Z', '2019-04-18T14:30:00.000Z', '2019-03-20T09:00:00.000Z']);
    const april = entries[1]!;
    expect(text(april, 'id')).toMatch(UUID);
    expect(text(april, 'title')).toBe('Published 18 April 2019 at 14:30 UTC: added Mar 2019; changed Feb 2019');
    expect(text(april, 'published')).toBe('2019-04-18T14:30:00.000Z');
    expect(child(april, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('href'), link.getAttribute('title')])).toEqual([
      ['alternate', './?publication=bbbbbbbbbbbbbbbb', 'Overview as published then'],
      ['related', 'changes/?publication=bbbbbbbbbbbbbbbb', 'Changes as published then'],
    ]);
    expect(text(april, 'summary')).toContain('Publication bbbbbbbbbbbbbbbb');
    expect(text(entries[0]!, 'title')).toBe('Published 19 April 2019 at 08:00 UTC: no month added, changed or removed');
    expect(text(entries[2]!, 'title')).toBe('Published 20 March 2019 at 09:00 UTC: added 4 months, Oct 2017 to Jan 2018');
    expect(new Set(entries.map((entry) => text(entry, 'id'))).size).toBe(3);
  });

  it('gives an entry the same id every time, and the same publication switched back to a new one', () => {
    expect(entryUuid(publications[1]!)).toBe(entryUuid({ ...publications[1]! }));
    expect(entryUuid(publications[1]!)).not.toBe(entryUuid({ ...publications[1]!, published: '2019-05-01T09:00:00.000Z' }));
    expect(entryUuid(publications[1]!)).not.toBe(text(feed, 'id'));
  });

  it('is a valid feed with no entries before the first publication', () => {
    const empty = parse(publicationFeed({ organisation: undefined, title: 'Dashboard', publications: [] })).documentElement;
    expect(child(empty, 'entry')).toEqual([]);
    expect(text(child(empty, 'author')[0]!, 'name')).toBe('Dashboard');
    expect(text(empty, 'updated')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
