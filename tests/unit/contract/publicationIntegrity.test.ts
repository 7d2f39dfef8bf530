// A publication checked against its name, the log checked and made again (contract/publicationIntegrity.ts).
import { describe, expect, it } from 'vitest';
import { logEntryFor, makePublication, publicationContent, publicationText, type PublishedDataset } from '../../../src/domain/contract/publication';
import { checkLogText, checkPublicationText, isAppendOf, matchesName, publicationContentBytes, rebuildLog } from '../../../src/domain/contract/publicationIntegrity';
import { sha256Hex } from '../../../src/domain/contract/sha256';
import type { Snapshot } from '../../../src/domain/schema';

function dataset(months: Record<string, number>): PublishedDataset {
  const snapshots: Snapshot[] = Object.entries(months).map(([month, value]) => ({ month, values: { CP5: value } }));
  return { indicators: [], workstreams: [], events: [], snapshots, missingMonths: [], files: [], checks: { files: 0, errors: 0, warnings: 0 } };
}

const april = makePublication(dataset({ '2019-03': 86.3, '2019-04': 88 }), new Date('2019-05-02T09:00:00Z'));
const text = publicationText(april);

describe('checkPublicationText', () => {
  it('gives back the publication whose content hashes to its name', () => {
    expect(checkPublicationText(text, april.id)).toEqual(april);
  });

  it('names one cut short, one emptied, one edited by hand and one under another name', () => {
    expect(checkPublicationText(text.slice(0, 100), april.id)).toBe('it is cut short or is not JSON (100 bytes)');
    expect(checkPublicationText('', april.id)).toBe('it is empty');
    expect(checkPublicationText(text.replace('86.3', '99.9'), april.id)).toBe('its content does not match its name: it was changed after it was published');
    expect(checkPublicationText(text, '0123456789abcdef')).toBe('it is not the publication the pointer names');
  });

  it('a publication with its time changed is still itself: the name covers the figures, not when they were published', () => {
    expect(checkPublicationText(text.replace('2019-05-02T09', '2019-05-03T09'), april.id)).toMatchObject({ id: april.id });
  });
});

describe('publicationContentBytes', () => {
  it('cuts from the file, as publicationText writes it, exactly the content its id is the hash of', () => {
    const content = publicationContentBytes(new TextEncoder().encode(text))!;
    expect(new TextDecoder().decode(content)).toBe(publicationContent(april.dataset));
    expect(sha256Hex(content).slice(0, 16)).toBe(april.id);
  });

  it('gives nothing for a file laid out another way, which is then checked by writing its content out again', () => {
    const pretty = JSON.stringify(april, null, 2);
    expect(publicationContentBytes(new TextEncoder().encode(pretty))).toBeUndefined();
    expect(checkPublicationText(pretty, april.id)).toEqual(april);
    expect(checkPublicationText(`${text}\n`, april.id)).toEqual(april);
    expect(checkPublicationText(pretty.replace('86.3', '99.9'), april.id)).toMatch(/does not match its name/);
  });
});

describe('matchesName', () => {
  it('compares the hash the browser worked out with the name', () => {
    expect(matchesName(april, april.id)).toBe(april);
    expect(matchesName(april, 'ffffffffffffffff')).toMatch(/does not match its name/);
  });
});

describe('checkLogText', () => {
  const log = { organisation: 'London Borough of Croydon', publications: [logEntryFor(april, undefined)] };
  it('reads a sound log, with the council it names', () => {
    expect(checkLogText(JSON.stringify(log))).toEqual(log);
  });

  it('names one cut short, emptied, not a log, or naming a council in something other than text', () => {
    expect(checkLogText(JSON.stringify(log).slice(0, 40))).toMatch(/^it is cut short or is not JSON/);
    expect(checkLogText('')).toBe('it is empty');
    expect(checkLogText('{"entries": []}')).toBe('it is not a publication log');
    expect(checkLogText(JSON.stringify({ ...log, organisation: 7 }))).toBe('the council it names is not text');
  });
});

describe('rebuildLog', () => {
  it('makes the log again from the publications, oldest first, each against the one before', () => {
    const march = makePublication(dataset({ '2019-03': 86.3 }), new Date('2019-04-02T09:00:00Z'));
    const rebuilt = rebuildLog([april, march], 'London Borough of Croydon');
    expect(rebuilt.organisation).toBe('London Borough of Croydon');
    expect(rebuilt.publications).toEqual([
      { id: march.id, published: march.published, added: ['2019-03'], changed: [], removed: [] },
      { id: april.id, published: april.published, added: ['2019-04'], changed: [], removed: [] },
    ]);
    expect(rebuildLog([], undefined)).toEqual({ publications: [] });
  });
});

describe('isAppendOf', () => {
  const entry = logEntryFor(april, undefined);
  const before = { publications: [{ ...entry, id: '0000000000000001' }] };
  it('is true only for the log before with the entry added last, nothing lost or changed', () => {
    expect(isAppendOf({ publications: [...before.publications, entry] }, before, entry)).toBe(true);
    expect(isAppendOf({ publications: [entry] }, before, entry)).toBe(false);
    expect(isAppendOf({ publications: [{ ...before.publications[0]!, added: [] }, entry] }, before, entry)).toBe(false);
    expect(isAppendOf({ publications: [entry, ...before.publications] }, before, entry)).toBe(false);
  });
});
