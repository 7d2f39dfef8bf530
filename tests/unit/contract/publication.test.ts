import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPublicationId, isSafeDataPath, logEntryFor, makePublication, parsePointer, parsePublication, planPublish, pointerTo, publicationId, publishedDatasetOf, withPreviewSnapshot, type CheckedForPublication, type PublishedDataset } from '../../../src/domain/contract/publication';
import { parseLog, publicationSeenAt, publicationsInLog } from '../../../src/domain/contract/publicationLog';
import { sha256Hex } from '../../../src/domain/contract/sha256';
import type { Snapshot } from '../../../src/domain/schema';

const snapshot = (month: string, values: Snapshot['values'], extra: Partial<Snapshot> = {}): Snapshot => ({ month, values, ...extra }) as Snapshot;

function checked(snapshots: Snapshot[], problems: CheckedForPublication['problems'] = []): CheckedForPublication {
  return {
    indicators: [],
    workstreams: [],
    events: [],
    snapshots,
    missingMonths: [],
    files: snapshots.map((s) => ({ file: `snapshots/${s.month}.json`, kind: 'snapshot' as const, month: s.month, status: 'ok' as const })),
    problems,
  };
}

function dataset(snapshots: Snapshot[]): PublishedDataset {
  const hashes = new Map(snapshots.map((s) => [`snapshots/${s.month}.json`, sha256Hex(JSON.stringify(s))]));
  return publishedDatasetOf(checked(snapshots), hashes, { withhold: (s) => s })!;
}

describe('sha256Hex', () => {
  it('agrees with node:crypto, across the padding boundaries and for UTF-8 text', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'é£'.repeat(300)]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
});

describe('publishedDatasetOf', () => {
  it('refuses a dataset with any error', () => {
    expect(publishedDatasetOf(checked([], [{ severity: 'error' }]), new Map(), { withhold: (s) => s })).toBeUndefined();
  });

  it('keeps warnings as a count and each file with its hash', () => {
    const result = publishedDatasetOf(checked([snapshot('2018-01', { CP5: 3 })], [{ severity: 'warning' }]), new Map([['snapshots/2018-01.json', 'ab']]), { withhold: (s) => s })!;
    expect(result.checks).toEqual({ files: 1, errors: 0, warnings: 1 });
    expect(result.files).toEqual([{ file: 'snapshots/2018-01.json', kind: 'snapshot', month: '2018-01', status: 'ok', sha256: 'ab' }]);
  });

  it('publishes each snapshot as `withhold` leaves it, and a withheld file with the hash of its content as published, not of its bytes', () => {
    const raw = snapshot('2017-12', {}, { surveys: [{ id: 'check-1', name: 'Check', byTeam: { Permanence: 14, Disabilities: 3 } }] });
    const shown = snapshot('2017-12', {}, { surveys: [{ id: 'check-1', name: 'Check', byTeam: { Permanence: 14, Disabilities: null } }] });
    const result = publishedDatasetOf(checked([raw, snapshot('2018-01', { CP5: 3 })]), new Map([['snapshots/2017-12.json', 'raw-bytes-hash'], ['snapshots/2018-01.json', 'ab']]), {
      withhold: (s) => (s === raw ? shown : s),
    })!;
    expect(result.snapshots[0]).toBe(shown);
    expect(result.files[0]).toEqual({ file: 'snapshots/2017-12.json', kind: 'snapshot', month: '2017-12', status: 'ok', sha256: sha256Hex(JSON.stringify(shown)), withheld: true });
    expect(result.files[1]).toMatchObject({ sha256: 'ab' });
    expect(JSON.stringify(result)).not.toContain('raw-bytes-hash');
  });
  it('carries the calendar the Annex A page counts with (the public site serves no officer’s file), and a folder without one publishes as before', () => {
    const calendar = { closures: [{ date: '2018-12-27', reason: 'Christmas closure' }], cpVisitWorkingDays: 10 };
    const withCalendar = publishedDatasetOf({ ...checked([snapshot('2018-01', { CP5: 3 })]), calendar }, new Map([['snapshots/2018-01.json', 'ab']]), { withhold: (s) => s })!;
    expect(withCalendar.calendar).toEqual(calendar);
    const without = dataset([snapshot('2018-01', { CP5: 3 })]);
    expect('calendar' in without).toBe(false);
    expect(publicationId(without)).not.toBe(publicationId(withCalendar));
  });
});

describe('publicationId', () => {
  it('is the same for the same content at another time, and differs when a figure does', () => {
    const a = makePublication(dataset([snapshot('2018-01', { CP5: 3 })]), new Date('2020-01-01T00:00:00Z'));
    const b = makePublication(dataset([snapshot('2018-01', { CP5: 3 })]), new Date('2021-06-01T00:00:00Z'));
    const c = makePublication(dataset([snapshot('2018-01', { CP5: 4 })]), new Date('2020-01-01T00:00:00Z'));
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(publicationId(a.dataset)).toBe(a.id);
  });
});

describe('logEntryFor', () => {
  it('lists months added, changed and removed since the publication before', () => {
    const older = makePublication(dataset([snapshot('2018-01', { CP5: 3 }), snapshot('2018-02', { CP5: 4 }), snapshot('2018-03', { CP5: 5 })]), new Date(0));
    const newer = makePublication(dataset([snapshot('2018-01', { CP5: 3 }), snapshot('2018-02', { CP5: 9 }), snapshot('2018-04', { CP5: 6 })]), new Date(1));
    expect(logEntryFor(newer, older)).toMatchObject({ id: newer.id, added: ['2018-04'], changed: ['2018-02'], removed: ['2018-03'] });
  });

  it('counts every month as added for the first publication', () => {
    const first = makePublication(dataset([snapshot('2018-01', {})]), new Date(0));
    expect(logEntryFor(first, undefined)).toMatchObject({ added: ['2018-01'], changed: [], removed: [] });
  });
});

describe('planPublish', () => {
  const data = dataset([snapshot('2018-01', { CP5: 3 })]);
  const none = () => undefined;

  it('does nothing when the pointer already names the same content', () => {
    const publication = makePublication(data, new Date(0));
    const step = planPublish(data, new Date(5000), { pointer: pointerTo(publication), publication, exists: () => publication });
    expect(step.kind).toBe('unchanged');
  });

  it('writes a new publication, appends to the log and points at it', () => {
    const step = planPublish(data, new Date('2020-02-02T00:00:00Z'), { log: { publications: [] }, exists: none });
    expect(step.kind).toBe('switch');
    if (step.kind !== 'switch') return;
    expect(step.writeFile).toBe(true);
    expect(step.pointer).toEqual({ publication: step.publication.id, file: `publications/${step.publication.id}.json`, published: '2020-02-02T00:00:00.000Z' });
    expect(step.log.publications).toHaveLength(1);
  });

  it('reuses a kept publication when the data goes back to it', () => {
    const old = makePublication(data, new Date(0));
    const other = makePublication(dataset([snapshot('2018-01', { CP5: 9 })]), new Date(1000));
    const step = planPublish(data, new Date(2000), { pointer: pointerTo(other), publication: other, log: { publications: [] }, exists: (id) => (id === old.id ? old : undefined) });
    expect(step.kind === 'switch' && step.writeFile).toBe(false);
    expect(step.kind === 'switch' && step.entry.changed).toEqual(['2018-01']);
  });

  it('a publication already last in the log, which the pointer does not name (a run stopped before the switch): the log kept as it is, not logged twice', () => {
    const other = makePublication(dataset([snapshot('2018-01', { CP5: 9 })]), new Date(1000));
    const stopped = makePublication(data, new Date(2000));
    const log = { publications: [logEntryFor(other, undefined), logEntryFor(stopped, other)] };
    const step = planPublish(data, new Date(3000), { pointer: pointerTo(other), publication: other, log, exists: (id) => (id === stopped.id ? stopped : undefined) });
    expect(step).toMatchObject({ kind: 'switch', logged: true, writeFile: false, log, entry: log.publications[1] });
    expect(step.kind === 'switch' && step.pointer.publication).toBe(stopped.id);
    // Last in the log only: one logged earlier is appended again, as the data went back to it.
    const back = planPublish(data, new Date(4000), { pointer: pointerTo(other), publication: other, log: { publications: [...log.publications, logEntryFor(other, stopped)] }, exists: () => stopped });
    expect(back).toMatchObject({ kind: 'switch', logged: false });
    expect(back.kind === 'switch' && back.log.publications).toHaveLength(4);
  });
});

describe('isSafeDataPath', () => {
  it('accepts plain relative paths inside the data folder', () => {
    expect(isSafeDataPath('current.json')).toBe(true);
    expect(isSafeDataPath('publications/0123456789abcdef.json')).toBe(true);
    expect(isSafeDataPath('snapshots/2018-01.json')).toBe(true);
  });

  it.each(['', '../index.html', 'publications/../../x.json', '/etc/passwd', 'publications\\x.json', 'https://evil.example/x.json', '//evil.example/x.json', 'a//b.json', 'javascript:alert(1)', 'publications/%2e%2e/x', './current.json'])(
    'refuses %j',
    (path) => {
      expect(isSafeDataPath(path)).toBe(false);
    },
  );

  it('refuses anything but a string', () => {
    expect(isSafeDataPath(undefined)).toBe(false);
    expect(isSafeDataPath(['current.json'])).toBe(false);
  });
});

describe('parsePointer and parsePublication', () => {
  it('reads a good pointer and refuses one that leaves the data folder', () => {
    expect(parsePointer({ publication: '0123456789abcdef', file: 'publications/0123456789abcdef.json', published: 'x' })).toMatchObject({ publication: '0123456789abcdef' });
    expect(parsePointer({ publication: '0123456789abcdef', file: '../secret.json', published: 'x' })).toBe('the file it names is not inside the data folder');
    expect(parsePointer([])).toBe('it is not a JSON object');
  });

  it('refuses a publication that is not the one the pointer names', () => {
    const publication = makePublication(dataset([snapshot('2018-01', {})]), new Date(0));
    const copy = JSON.parse(JSON.stringify(publication));
    expect(parsePublication(copy, publication.id)).toEqual(publication);
    expect(parsePublication(copy, 'ffffffffffffffff')).toBe('it is not the publication the pointer names');
    expect(parsePublication({ ...copy, format: 2 })).toMatch(/format 2/);
  });
});

describe('withPreviewSnapshot', () => {
  it('puts the previewed month in place, keeps the order and works out missing months again', () => {
    const data = dataset([snapshot('2018-01', { CP5: 1 }), snapshot('2018-04', { CP5: 4 })]);
    const previewed = withPreviewSnapshot(data, snapshot('2018-02', { CP5: 2 }));
    expect(previewed.snapshots.map((s) => s.month)).toEqual(['2018-01', '2018-02', '2018-04']);
    expect(previewed.missingMonths).toEqual(['2018-03']);
    const replaced = withPreviewSnapshot(data, snapshot('2018-04', { CP5: 9 }));
    expect(replaced.snapshots.map((s) => s.values.CP5)).toEqual([1, 9]);
  });
});

describe('the log read back', () => {
  const entry = (id: string, published: string, added: string[], changed: string[] = [], removed: string[] = []) => ({ id: id.padEnd(16, '0'), published, added, changed, removed });
  const log = {
    publications: [
      entry('a', '2018-12-10T09:00:00Z', ['2018-10', '2018-11']),
      entry('b', '2019-01-12T09:00:00Z', ['2018-12']),
      entry('c', '2019-01-20T09:00:00Z', [], ['2018-11']),
      entry('d', '2019-02-11T09:00:00Z', ['2019-01'], [], ['2018-10']),
    ],
  };

  it('replays the months each publication held', () => {
    expect(publicationsInLog(log).map((item) => item.months)).toEqual([['2018-10', '2018-11'], ['2018-10', '2018-11', '2018-12'], ['2018-10', '2018-11', '2018-12'], ['2018-11', '2018-12', '2019-01']]);
  });

  it('finds the last publication a meeting on a month saw: the latest whose newest month is that month or earlier', () => {
    // b and c both end in December; c (a revision) came later, so the December meeting saw c at the latest.
    expect(publicationSeenAt(log, '2018-12')?.id).toBe('c'.padEnd(16, '0'));
    expect(publicationSeenAt(log, '2018-11')?.id).toBe('a'.padEnd(16, '0'));
    expect(publicationSeenAt(log, '2019-05')?.id).toBe('d'.padEnd(16, '0'));
    expect(publicationSeenAt(log, '2018-09')).toBeUndefined();
    expect(publicationSeenAt({ publications: [] }, '2018-12')).toBeUndefined();
  });

  it('reads a log, and names what is wrong with one that is not', () => {
    expect(parseLog(log)).toBe(log);
    expect(parseLog([])).toBe('it is not a publication log');
    expect(parseLog({ publications: [{ ...entry('a', 'x', []), id: '../../etc' }] })).toBe('an entry of the log is not a publication');
    expect(parseLog({ publications: [{ ...entry('a', 'x', []), added: [3] }] })).toBe('an entry of the log is not a publication');
  });

  it('knows a publication id: 16 lowercase hex digits, nothing else', () => {
    expect(isPublicationId('0123456789abcdef')).toBe(true);
    for (const bad of ['0123456789ABCDEF', '0123456789abcde', '0123456789abcdef0', '../current', 12, undefined]) expect(isPublicationId(bad)).toBe(false);
  });
});
