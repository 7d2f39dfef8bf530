// Writes the bad-input corpus: one small, complete data folder per case with exactly one thing
// broken, plus cases.json listing what the checks must say about each. The folders are committed;
// run this again only to change the corpus:  npx tsx tests/corpus/generate.ts
//
// Expected line and column are worked out here from the text written (the position of a marker),
// independently of src/domain, so that the tests compare the product with an outside answer.
import { mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusCase } from './cases.ts';

const corpusDir = dirname(fileURLToPath(import.meta.url));

type Json = Record<string, unknown>;
/** A file's text or bytes, or a symbolic link to `symlink` (which need not exist). */
type Entry = string | Uint8Array | { symlink: string };
type Folder = Map<string, Entry>;

// ---------------------------------------------------------------- the valid folder

const site = {
  organisation: 'Example Borough Council',
  title: "Children's Improvement Dashboard",
  board: "Children's Improvement Board",
  sampleData: true,
};

const indicators = {
  indicators: [
    {
      id: 'CP5',
      name: 'Initial child protection conferences held within 15 working days of the strategy discussion',
      shortName: 'ICPC timeliness',
      area: 'Child protection',
      unit: 'percent',
      polarity: 'up',
      priority: true,
      targets: [
        { from: '2017-10', target: 60, amber: 50 },
        { from: '2018-04', target: 85, amber: 75 },
      ],
      benchmarks: [{ label: 'England', period: '2016-17', value: 77 }],
    },
    { id: 'WF1', name: 'Agency social workers', area: 'Workforce', unit: 'count', polarity: 'down', target: 20, amber: 25 },
    { id: 'CL1', name: 'Average caseload', area: 'Workforce', unit: 'number', polarity: 'down', breakdown: 'team', target: 18, amber: 22 },
    { id: 'AS1', name: 'Assessments completed within 45 working days', area: 'Assessment', unit: 'percent', polarity: 'up', target: 80, amber: 70 },
  ],
};

const workstreams = {
  workstreams: [
    { id: 'practice', name: 'Practice', sro: "Director of Children's Social Care" },
    { id: 'people-performance', name: 'People and Performance', sro: 'Executive Director (People)' },
  ],
};

const events = { events: [{ date: '2017-12-12', end: '2017-12-13', label: 'Ofsted monitoring visit (front door)' }] };

const snapshot201710 = {
  month: '2017-10',
  status: 'final',
  values: { CP5: 28, WF1: 45, CL1: { value: 22.1, breakdown: { Assessment: 28, 'Care planning': 20 } }, AS1: 68 },
};

const snapshot201711 = {
  month: '2017-11',
  status: 'final',
  values: { CP5: 30, WF1: 44, CL1: 21.7, AS1: 69 },
};

// The last month carries every kind of content, so that breaking it leaves no gap behind.
const snapshot201712 = {
  month: '2017-12',
  status: 'final',
  commentary: 'Contacts and referrals remain high.\n\nICPC timeliness improved but is below target.',
  values: {
    CP5: { value: 32, numerator: 12, denominator: 37, note: 'Police notice period under review' },
    WF1: 43,
    CL1: { value: 21.4, breakdown: { Assessment: 27, 'Care planning': 19 } },
    AS1: { value: null, note: 'Not reportable from the case system this month' },
  },
  workstreams: {
    practice: {
      rag: 'green',
      status: 'On track',
      highlights: ['Practice model sessions commissioned'],
      risks: ['High workloads in the assessment service'],
      actions: { due: 12, completed: 11, overdue: 1 },
    },
    'people-performance': { rag: 'amber' },
  },
  surveys: [
    {
      id: 'temperature-check-1',
      name: "Children's Services temperature check",
      closed: '2017-12-01',
      invited: 400,
      started: 109,
      completed: 99,
      byTeam: { Permanence: 15, 'Care Planning': 17 },
      statements: [{ text: 'I understand the wider improvement journey', responses: { Agree: 60, Disagree: 40 } }],
    },
  ],
};

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function validFolder(): Folder {
  return new Map<string, Entry>([
    ['site.json', pretty(site)],
    ['indicators.json', pretty(indicators)],
    ['workstreams.json', pretty(workstreams)],
    ['events.json', pretty(events)],
    ['snapshots/2017-10.json', pretty(snapshot201710)],
    ['snapshots/2017-11.json', pretty(snapshot201711)],
    ['snapshots/2017-12.json', pretty(snapshot201712)],
  ]);
}

// ---------------------------------------------------------------- editing helpers

function text(folder: Folder, file: string): string {
  const content = folder.get(file);
  if (typeof content !== 'string') throw new Error(`No text file ${file}`);
  return content;
}

function editJson(folder: Folder, file: string, edit: (json: Json) => void): void {
  const json = JSON.parse(text(folder, file)) as Json;
  edit(json);
  folder.set(file, pretty(json));
}

function editText(folder: Folder, file: string, edit: (text: string) => string): void {
  const before = text(folder, file);
  const after = edit(before);
  if (after === before) throw new Error(`Edit of ${file} changed nothing`);
  folder.set(file, after);
}

/** Replace the first occurrence of `from`, failing loudly when it is not there. */
const replaceOnce = (from: string, to: string) => (source: string) => {
  if (!source.includes(from)) throw new Error(`Marker not found: ${from}`);
  return source.replace(from, () => to);
};

const values = (json: Json) => json.values as Json;
const indicatorList = (json: Json) => json.indicators as Json[];

/** Where a marker is in a text, 1-based, counting lines at \n only. */
interface Marker {
  marker: string;
  /** Look for the marker only after this text. */
  after?: string;
  /** Which occurrence (1-based). */
  occurrence?: number;
  /** Characters to move right from the start of the marker. */
  plus?: number;
  /** Record only the line. */
  lineOnly?: boolean;
}

function positionOf(source: string, { marker, after, occurrence = 1, plus = 0 }: Marker): { line: number; column: number } {
  let from = 0;
  if (after !== undefined) {
    const start = source.indexOf(after);
    if (start < 0) throw new Error(`Marker not found: ${after}`);
    from = start + after.length;
  }
  let offset = -1;
  for (let count = 0; count < occurrence; count++) {
    offset = source.indexOf(marker, from);
    if (offset < 0) throw new Error(`Marker not found: ${marker} (${count + 1})`);
    from = offset + 1;
  }
  const before = source.slice(0, offset + plus).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

// ---------------------------------------------------------------- the cases

interface Spec extends Omit<CorpusCase, 'line' | 'column'> {
  build: (folder: Folder) => void;
  /** Where the problem must be reported, as a marker in the case's file. */
  at?: Marker | { line: number; column?: number } | 'end-of-file';
}

const LAST = 'snapshots/2017-12.json';
const MIDDLE = 'snapshots/2017-11.json';

/** A new latest month: December's file (commentary, reports, survey) with its own month and figures. */
function laterMonth(folder: Folder, month: string, figures: Json): void {
  const json = JSON.parse(text(folder, LAST)) as Json;
  json.month = month;
  json.values = figures;
  // Its own commentary: December's word for word would be a month repeated.
  json.commentary = `Commentary for ${month}.`;
  folder.set(`snapshots/${month}.json`, pretty(json));
}

const indicatorById = (json: Json, id: string) => indicatorList(json).find((indicator) => indicator.id === id)!;
const lastSurvey = (json: Json) => (json.surveys as Json[])[0]!;
const practiceActions = (json: Json) => ((json.workstreams as Json).practice as Json).actions as Json;

/** A new month saved under another name (`path`): December's content with its own month and figures. */
function laterMonthAs(folder: Folder, path: string, month: string): void {
  laterMonth(folder, month, { CP5: 35, WF1: 41, CL1: 20.9, AS1: 72 });
  folder.set(path, folder.get(`snapshots/${month}.json`)!);
  folder.delete(`snapshots/${month}.json`);
}

const specs: Spec[] = [
  // ---- reading the file
  {
    name: 'empty-file',
    description: 'A snapshot of zero bytes',
    exit: 1, file: LAST, code: 'empty-file',
    build: (f) => f.set(LAST, ''),
    at: { line: 1, column: 1 },
  },
  {
    name: 'whitespace-only-file',
    description: 'A snapshot holding only blank lines and spaces',
    exit: 1, file: LAST, code: 'empty-file',
    build: (f) => f.set(LAST, '\n   \n\t\n'),
    at: { line: 1, column: 1 },
  },
  {
    name: 'byte-order-mark',
    description: 'A snapshot saved by Notepad with a UTF-8 byte-order mark: a warning, the file is used',
    exit: 0, file: LAST, code: 'byte-order-mark',
    build: (f) => f.set(LAST, `\uFEFF${text(f, LAST)}`),
    at: { line: 1, column: 1 },
  },
  {
    name: 'ten-megabytes',
    description: 'A snapshot of over 10 MB (written at test time, not committed)',
    exit: 1, file: LAST, code: 'too-large', generate: 'ten-megabytes',
    build: () => {},
    at: { line: 1, column: 1 },
  },
  {
    name: 'latin1-pound-sign',
    description: 'A commentary with a £ saved as Latin-1: the single byte 0xA3, not UTF-8',
    exit: 1, file: LAST, code: 'not-utf8',
    build: (f) => {
      const source = replaceOnce('Contacts and referrals remain high.', 'Contacts and referrals remain high; the agency bill is \u00a32m.')(text(f, LAST));
      f.set(LAST, new Uint8Array(Buffer.from(source, 'latin1')));
    },
  },
  {
    name: 'windows-1252-smart-quotes',
    description: 'Curly quotes saved as Windows-1252 bytes 0x93 and 0x94',
    exit: 1, file: MIDDLE, code: 'not-utf8',
    build: (f) => {
      const source = text(f, MIDDLE).replace('"final"', '"final",\n  "commentary": "The \u0093front door\u0094 is busy"');
      f.set(MIDDLE, new Uint8Array(Buffer.from(source, 'latin1')));
    },
  },
  {
    name: 'deep-nesting',
    description: 'A commentary nested 100 lists deep',
    exit: 1, file: LAST, code: 'too-deep',
    build: (f) => editText(f, LAST, replaceOnce('"commentary": "Contacts and referrals remain high.\\n\\nICPC timeliness improved but is below target."', `"commentary": ${'['.repeat(100)}${']'.repeat(100)}`)),
    at: { marker: '[[[[', lineOnly: true }, // which bracket is blamed is the product's choice
  },
  // ---- invalid JSON
  {
    name: 'truncated-file',
    description: 'A snapshot cut off part way through (closing braces lost)',
    exit: 1, file: LAST, code: 'invalid-json',
    build: (f) => editText(f, LAST, (source) => source.slice(0, source.indexOf('"workstreams"')).trimEnd()),
    at: 'end-of-file',
  },
  {
    name: 'trailing-comma',
    description: 'A comma after the last value',
    exit: 1, file: LAST, code: 'invalid-json',
    build: (f) => editText(f, LAST, replaceOnce('"completed": 11,\n        "overdue": 1\n', '"completed": 11,\n        "overdue": 1,\n')),
    at: { marker: '}', after: '"overdue": 1,' },
  },
  {
    name: 'comments',
    description: 'A // comment, which JSON does not allow',
    exit: 1, file: MIDDLE, code: 'invalid-json',
    build: (f) => editText(f, MIDDLE, replaceOnce('  "values": {', '  // figures from the case system\n  "values": {')),
    at: { marker: '//' },
  },
  {
    name: 'block-comment',
    description: 'A /* comment */ inside the values',
    exit: 1, file: MIDDLE, code: 'invalid-json',
    build: (f) => editText(f, MIDDLE, replaceOnce('"WF1": 44', '"WF1": /* provisional */ 44')),
    at: { marker: '/*' },
  },
  {
    name: 'single-quotes',
    description: "A key written in single quotes: 'commentary'",
    exit: 1, file: LAST, code: 'invalid-json',
    build: (f) => editText(f, LAST, replaceOnce('"commentary"', "'commentary'")),
    at: { marker: "'commentary'" },
  },
  {
    name: 'nan-spelt-out',
    description: 'NaN as a value',
    exit: 1, file: MIDDLE, code: 'invalid-json',
    build: (f) => editText(f, MIDDLE, replaceOnce('"AS1": 69', '"AS1": NaN')),
    at: { marker: 'NaN' },
  },
  {
    name: 'infinity-spelt-out',
    description: 'Infinity as a value',
    exit: 1, file: MIDDLE, code: 'invalid-json',
    build: (f) => editText(f, MIDDLE, replaceOnce('"WF1": 44', '"WF1": Infinity')),
    at: { marker: 'Infinity' },
  },
  {
    name: 'missing-comma',
    description: 'Two values with no comma between them',
    exit: 1, file: MIDDLE, code: 'invalid-json',
    build: (f) => editText(f, MIDDLE, replaceOnce('"WF1": 44,', '"WF1": 44')),
    at: { marker: '"CL1"' },
  },
  {
    name: 'unquoted-key',
    description: 'A key without quotes',
    exit: 1, file: MIDDLE, code: 'invalid-json',
    build: (f) => editText(f, MIDDLE, replaceOnce('"WF1": 44', 'WF1: 44')),
    at: { marker: 'WF1:' },
  },
  {
    name: 'leading-zero',
    description: 'A number with a leading zero, as Excel may export it: 044',
    exit: 1, file: MIDDLE, code: 'invalid-json',
    build: (f) => editText(f, MIDDLE, replaceOnce('"WF1": 44', '"WF1": 044')),
    at: { marker: '044', plus: 1 },
  },
  {
    name: 'duplicate-keys',
    description: 'The same indicator twice in one values object (JSON.parse would keep the last silently)',
    exit: 1, file: MIDDLE, code: 'duplicate-key',
    build: (f) => editText(f, MIDDLE, replaceOnce('"AS1": 69', '"AS1": 69,\n    "WF1": 47')),
    at: { marker: '"WF1"', occurrence: 2 },
  },
  // ---- the shape of the file
  {
    name: 'top-level-list',
    description: 'site.json is a list instead of an object',
    exit: 1, file: 'site.json', code: 'wrong-type',
    build: (f) => f.set('site.json', pretty([site])),
    at: { line: 1, column: 1 },
  },
  {
    name: 'wrong-type-boolean-as-text',
    description: 'sampleData written as the text "true"',
    exit: 1, file: 'site.json', code: 'wrong-type',
    build: (f) => editJson(f, 'site.json', (json) => { json.sampleData = 'true'; }),
    at: { marker: '"sampleData"' },
  },
  {
    name: 'number-as-string',
    description: 'A value given as text: "WF1": "43"',
    exit: 1, file: LAST, code: 'wrong-type',
    build: (f) => editJson(f, LAST, (json) => { values(json).WF1 = '43'; }),
    at: { marker: '"WF1"' },
  },
  {
    name: 'number-as-string-in-object',
    description: 'A value given as text inside its object: "value": "32"',
    exit: 1, file: LAST, code: 'wrong-type',
    build: (f) => editJson(f, LAST, (json) => { (values(json).CP5 as Json).value = '32'; }),
    at: { marker: '"value"', after: '"CP5"' },
  },
  {
    name: 'missing-required-field',
    description: 'A snapshot without "values"',
    exit: 1, file: LAST, code: 'missing-field',
    build: (f) => editJson(f, LAST, (json) => { delete json.values; }),
    at: { line: 1, column: 1 },
  },
  {
    name: 'missing-indicator-unit',
    description: 'An indicator without "unit"',
    exit: 1, file: 'indicators.json', code: 'missing-field',
    build: (f) => editJson(f, 'indicators.json', (json) => { delete indicatorList(json)[1]!.unit; }),
    at: { marker: '{', after: '"benchmarks"', occurrence: 2 },
  },
  {
    name: 'value-object-without-value',
    description: 'A value object with numerator and denominator but no "value"',
    exit: 1, file: LAST, code: 'missing-field',
    build: (f) => editJson(f, LAST, (json) => { delete (values(json).CP5 as Json).value; }),
    at: { marker: '"CP5"' },
  },
  {
    name: 'unknown-key-typo',
    description: 'A typo "valeu" for "value": must not lose the figure silently',
    exit: 1, file: LAST, code: 'unknown-key', also: ['missing-field'],
    build: (f) => editText(f, LAST, replaceOnce('"value": 21.4', '"valeu": 21.4')),
    at: { marker: '"valeu"' },
  },
  {
    name: 'proto-key-in-snapshot',
    description: 'A "__proto__" key at the top of a snapshot',
    exit: 1, file: LAST, code: 'unknown-key',
    build: (f) => editText(f, LAST, replaceOnce('  "status": "final",', '  "status": "final",\n  "__proto__": { "status": "provisional" },')),
    at: { marker: '"__proto__"' },
  },
  {
    name: 'constructor-key-in-snapshot',
    description: 'A "constructor" key at the top of a snapshot',
    exit: 1, file: LAST, code: 'unknown-key',
    build: (f) => editText(f, LAST, replaceOnce('  "status": "final",', '  "status": "final",\n  "constructor": "x",')),
    at: { marker: '"constructor"' },
  },
  {
    name: 'month-13',
    description: 'A month that does not exist: 2017-13',
    exit: 1, file: LAST, code: 'invalid-value',
    build: (f) => editJson(f, LAST, (json) => { json.month = '2017-13'; }),
    at: { marker: '"month"' },
  },
  {
    name: 'unknown-status-word',
    description: 'status "draft" instead of provisional or final',
    exit: 1, file: LAST, code: 'invalid-value',
    build: (f) => editJson(f, LAST, (json) => { json.status = 'draft'; }),
    at: { marker: '"status"' },
  },
  {
    name: 'unknown-unit-word',
    description: 'unit "percentage" instead of "percent"',
    exit: 1, file: 'indicators.json', code: 'invalid-value',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorList(json)[0]!.unit = 'percentage'; }),
    at: { marker: '"unit"' },
  },
  {
    name: 'indicator-id-proto',
    description: 'An indicator with id "__proto__" in the catalogue (underscores are not allowed)',
    exit: 1, file: 'indicators.json', code: 'invalid-value',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorList(json)[3]!.id = '__proto__'; }),
    at: { marker: '"id"', occurrence: 4 },
  },
  // ---- the meaning of the file
  {
    name: 'snapshot-wrong-name',
    description: 'The November snapshot saved as snapshots/nov-2017.json',
    exit: 1, file: 'snapshots/nov-2017.json', code: 'bad-file-name',
    build: (f) => { f.set('snapshots/nov-2017.json', text(f, MIDDLE)); f.delete(MIDDLE); },
    at: { line: 1, column: 1 },
  },
  {
    name: 'month-mismatch',
    description: 'snapshots/2017-12.json says "month": "2017-09"',
    exit: 1, file: LAST, code: 'month-mismatch',
    build: (f) => editJson(f, LAST, (json) => { json.month = '2017-09'; }),
    at: { marker: '"month"' },
  },
  {
    name: 'two-files-one-month',
    description: 'December copied to snapshots/2018-01.json without changing its month',
    exit: 1, file: 'snapshots/2018-01.json', code: 'duplicate-month', also: ['month-mismatch'],
    build: (f) => f.set('snapshots/2018-01.json', text(f, LAST)),
    at: { marker: '"month"' },
  },
  {
    name: 'unknown-indicator',
    description: 'A value for SW9, which the catalogue does not have',
    exit: 1, file: MIDDLE, code: 'unknown-indicator',
    build: (f) => editJson(f, MIDDLE, (json) => { values(json).SW9 = 12; }),
    at: { marker: '"SW9"' },
  },
  {
    name: 'indicator-id-case',
    description: 'A value keyed "cp5" where the catalogue says "CP5"',
    exit: 1, file: LAST, code: 'unknown-indicator',
    build: (f) => editText(f, LAST, replaceOnce('"CP5"', '"cp5"')),
    at: { marker: '"cp5"' },
  },
  {
    name: 'proto-as-indicator-id',
    description: 'A value keyed "__proto__": no such indicator, and the figure must not vanish silently',
    exit: 1, file: MIDDLE, code: 'unknown-indicator',
    build: (f) => editText(f, MIDDLE, replaceOnce('"AS1": 69', '"AS1": 69,\n    "__proto__": 12')),
    at: { marker: '"__proto__"' },
  },
  {
    name: 'constructor-as-indicator-id',
    description: 'A value keyed "constructor"',
    exit: 1, file: MIDDLE, code: 'unknown-indicator',
    build: (f) => editText(f, MIDDLE, replaceOnce('"AS1": 69', '"AS1": 69,\n    "constructor": 12')),
    at: { marker: '"constructor"' },
  },
  {
    name: 'percent-over-100',
    description: 'CP5 = 143',
    exit: 1, file: MIDDLE, code: 'percent-out-of-range',
    build: (f) => editJson(f, MIDDLE, (json) => { values(json).CP5 = 143; }),
    at: { marker: '"CP5"' },
  },
  {
    name: 'percent-negative',
    description: 'AS1 = -5',
    exit: 1, file: MIDDLE, code: 'percent-out-of-range',
    build: (f) => editJson(f, MIDDLE, (json) => { values(json).AS1 = -5; }),
    at: { marker: '"AS1"' },
  },
  {
    name: 'negative-count',
    description: 'WF1, a count, = -2',
    exit: 1, file: MIDDLE, code: 'negative-value',
    build: (f) => editJson(f, MIDDLE, (json) => { values(json).WF1 = -2; }),
    at: { marker: '"WF1"' },
  },
  {
    name: 'negative-number-in-breakdown',
    description: 'A negative caseload for one team',
    exit: 1, file: LAST, code: 'negative-value',
    build: (f) => editJson(f, LAST, (json) => { ((values(json).CL1 as Json).breakdown as Json)['Care planning'] = -19; }),
    at: { marker: '"Care planning"' },
  },
  {
    name: 'fractional-count',
    description: 'WF1, a count, = 43.5',
    exit: 1, file: LAST, code: 'fractional-count',
    build: (f) => editJson(f, LAST, (json) => { values(json).WF1 = 43.5; }),
    at: { marker: '"WF1"' },
  },
  {
    name: 'survey-fractional-count',
    description: 'A survey invited 400.5 people',
    exit: 1, file: LAST, code: 'fractional-count',
    build: (f) => editJson(f, LAST, (json) => { (json.surveys as Json[])[0]!.invited = 400.5; }),
    at: { marker: '"invited"' },
  },
  {
    name: 'numerator-mismatch',
    description: 'CP5 = 42 but 12 / 37 = 32.4%',
    exit: 1, file: LAST, code: 'numerator-mismatch',
    build: (f) => editJson(f, LAST, (json) => { (values(json).CP5 as Json).value = 42; }),
    at: { marker: '"value"', after: '"CP5"' },
  },
  {
    name: 'zero-denominator',
    description: 'CP5 with a denominator of 0',
    exit: 1, file: LAST, code: 'numerator-mismatch',
    build: (f) => editJson(f, LAST, (json) => { Object.assign(values(json).CP5 as Json, { value: 0, numerator: 0, denominator: 0 }); }),
    at: { marker: '"denominator"', after: '"CP5"' },
  },
  {
    name: 'unknown-workstream',
    description: 'A workstream report for "practise"',
    exit: 1, file: LAST, code: 'unknown-workstream',
    build: (f) => editText(f, LAST, replaceOnce('"practice"', '"practise"')),
    at: { marker: '"practise"' },
  },
  {
    name: 'proto-as-workstream-id',
    description: 'A workstream report keyed "__proto__"',
    exit: 1, file: LAST, code: 'unknown-workstream',
    build: (f) => editText(f, LAST, replaceOnce('"people-performance": {', '"__proto__": {\n      "rag": "red"\n    },\n    "people-performance": {')),
    at: { marker: '"__proto__"' },
  },
  {
    name: 'unknown-rag-word',
    description: 'rag "gren"',
    exit: 1, file: LAST, code: 'invalid-value',
    build: (f) => editText(f, LAST, replaceOnce('"rag": "green"', '"rag": "gren"')),
    at: { marker: '"rag"' },
  },
  {
    name: 'survey-completed-over-started',
    description: 'completed 120 > started 109',
    exit: 1, file: LAST, code: 'survey-counts',
    build: (f) => editJson(f, LAST, (json) => { (json.surveys as Json[])[0]!.completed = 120; }),
    at: { marker: '"completed"', after: '"started"' },
  },
  {
    name: 'survey-started-over-invited',
    description: 'started 450 > invited 400',
    exit: 1, file: LAST, code: 'survey-counts',
    build: (f) => editJson(f, LAST, (json) => { (json.surveys as Json[])[0]!.started = 450; }),
    at: { marker: '"started"' },
  },
  {
    name: 'duplicate-indicator-id',
    description: 'Two indicators with id WF1',
    exit: 1, file: 'indicators.json', code: 'duplicate-id',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorList(json)[3]!.id = 'WF1'; }),
    at: { marker: '"id"', occurrence: 4 },
  },
  {
    name: 'indicator-ids-differ-in-case',
    description: 'Indicators "CP5" and "cp5"',
    exit: 1, file: 'indicators.json', code: 'duplicate-id',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorList(json)[3]!.id = 'cp5'; }),
    at: { marker: '"id"', occurrence: 4 },
  },
  {
    name: 'targets-and-target',
    description: 'CP5 has both a "targets" list and the "target" shorthand',
    exit: 1, file: 'indicators.json', code: 'target-conflict',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorList(json)[0]!.target = 60; }),
    at: { marker: '"target"', after: '"benchmarks"' },
  },
  {
    name: 'amber-without-target',
    description: 'AS1 has "amber" but no "target"',
    exit: 1, file: 'indicators.json', code: 'target-conflict',
    build: (f) => editJson(f, 'indicators.json', (json) => { delete indicatorList(json)[3]!.target; }),
    at: { marker: '"amber"', after: '"AS1"' },
  },
  {
    name: 'event-ends-before-start',
    description: 'An event ending the day before it starts',
    exit: 1, file: 'events.json', code: 'event-order',
    build: (f) => editJson(f, 'events.json', (json) => { (json.events as Json[])[0]!.end = '2017-12-11'; }),
    at: { marker: '"end"' },
  },
  {
    name: 'missing-site',
    description: 'No site.json',
    exit: 1, file: 'site.json', code: 'missing-file',
    build: (f) => f.delete('site.json'),
    at: { line: 1, column: 1 },
  },
  {
    name: 'missing-indicators',
    description: 'No indicators.json',
    exit: 1, file: 'indicators.json', code: 'missing-file',
    build: (f) => f.delete('indicators.json'),
    at: { line: 1, column: 1 },
  },
  {
    name: 'missing-workstreams',
    description: 'No workstreams.json',
    exit: 1, file: 'workstreams.json', code: 'missing-file',
    build: (f) => f.delete('workstreams.json'),
    at: { line: 1, column: 1 },
  },
  // ---- warnings: exit 0
  {
    name: 'missing-month',
    description: 'October and December but no November',
    exit: 0, file: MIDDLE, code: 'missing-month',
    build: (f) => f.delete(MIDDLE),
    at: { line: 1, column: 1 },
  },
  {
    name: 'priority-null',
    description: 'The priority indicator CP5 is null in November, with no note',
    exit: 0, file: MIDDLE, code: 'priority-no-value',
    build: (f) => editJson(f, MIDDLE, (json) => { values(json).CP5 = null; }),
    at: { marker: '"CP5"' },
  },
  {
    name: 'priority-absent',
    description: 'The priority indicator CP5 is missing from November',
    exit: 0, file: MIDDLE, code: 'priority-no-value',
    build: (f) => editJson(f, MIDDLE, (json) => { delete values(json).CP5; }),
    at: { marker: '"values"' },
  },
  {
    name: 'percent-as-fraction',
    description: 'CP5 given as fractions (0.28, 0.3, 0.32) in every month',
    exit: 0, file: 'indicators.json', code: 'percent-fractions',
    build: (f) => {
      editJson(f, 'snapshots/2017-10.json', (json) => { values(json).CP5 = 0.28; });
      editJson(f, MIDDLE, (json) => { values(json).CP5 = 0.3; });
      editJson(f, LAST, (json) => { values(json).CP5 = 0.32; });
    },
    at: { marker: '"unit"' },
  },
  {
    name: 'future-month',
    description: 'The only snapshot is for January 2099',
    exit: 0, file: 'snapshots/2099-01.json', code: 'future-month',
    build: (f) => {
      const december = JSON.parse(text(f, LAST)) as Json;
      for (const file of f.keys()) if (file.startsWith('snapshots/')) f.delete(file);
      december.month = '2099-01';
      f.set('snapshots/2099-01.json', pretty(december));
    },
    at: { marker: '"month"' },
  },
  {
    name: 'stale-provisional',
    description: 'October 2017 still provisional four months before the latest month (February 2018)',
    exit: 0, file: 'snapshots/2017-10.json', code: 'stale-provisional',
    build: (f) => {
      editJson(f, 'snapshots/2017-10.json', (json) => { json.status = 'provisional'; });
      laterMonth(f, '2018-01', { CP5: 35, WF1: 41, CL1: 20.9, AS1: 72 });
      laterMonth(f, '2018-02', { CP5: 38, WF1: 40, CL1: 20.1, AS1: 73 });
    },
    at: { marker: '"status"' },
  },
  {
    name: 'amber-wrong-side',
    description: 'CP5 (higher is better) has amber 65 above its target 60',
    exit: 0, file: 'indicators.json', code: 'threshold-order',
    build: (f) => editJson(f, 'indicators.json', (json) => { ((indicatorList(json)[0]!.targets as Json[])[0]!).amber = 65; }),
    at: { marker: '"amber"' },
  },
  // ---- what officers really get wrong: errors
  {
    name: 'date-29-february-2017',
    description: 'A survey closed on 2017-02-29, a day that does not exist',
    exit: 1, file: LAST, code: 'impossible-date',
    build: (f) => editJson(f, LAST, (json) => { lastSurvey(json).closed = '2017-02-29'; }),
    at: { marker: '"closed"' },
  },
  {
    name: 'date-31-april',
    description: 'An event on 2017-04-31',
    exit: 1, file: 'events.json', code: 'impossible-date',
    build: (f) => editJson(f, 'events.json', (json) => { (json.events as Json[])[0]!.date = '2017-04-31'; }),
    at: { marker: '"date"' },
  },
  {
    name: 'month-2999',
    description: 'A month of 2999-03 (a typo for 2019-03): one error, no flood of missing months, not the latest month',
    exit: 1, file: 'snapshots/2999-03.json', code: 'year-out-of-range',
    build: (f) => { const json = JSON.parse(text(f, LAST)) as Json; json.month = '2999-03'; f.set('snapshots/2999-03.json', pretty(json)); },
    at: { marker: '"month"' },
  },
  {
    name: 'year-0000-target',
    description: 'A target from 0000-10, which would show as January 1900',
    exit: 1, file: 'indicators.json', code: 'year-out-of-range',
    build: (f) => editJson(f, 'indicators.json', (json) => { (indicatorById(json, 'CP5').targets as Json[])[0]!.from = '0000-10'; }),
    at: { marker: '"from"' },
  },
  {
    name: 'target-over-100-percent',
    description: 'CP5 has a target of 850%',
    exit: 1, file: 'indicators.json', code: 'percent-out-of-range',
    build: (f) => editJson(f, 'indicators.json', (json) => { (indicatorById(json, 'CP5').targets as Json[])[0]!.target = 850; }),
    at: { marker: '"target"' },
  },
  {
    name: 'amber-negative',
    description: 'CL1 (an average caseload) has an amber threshold of -2',
    exit: 1, file: 'indicators.json', code: 'negative-value',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorById(json, 'CL1').amber = -2; }),
    at: { marker: '"amber"', after: '"CL1"' },
  },
  {
    name: 'target-fractional-count',
    description: 'WF1, a count, has a target of 20.5',
    exit: 1, file: 'indicators.json', code: 'fractional-count',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorById(json, 'WF1').target = 20.5; }),
    at: { marker: '"target"', after: '"WF1"' },
  },
  {
    name: 'trajectory-over-100-percent',
    description: 'A trajectory milestone of 165% for CP5',
    exit: 1, file: 'indicators.json', code: 'percent-out-of-range',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorById(json, 'CP5').trajectory = [{ month: '2018-06', value: 165 }]; }),
    at: { marker: '"value"', after: '"trajectory"' },
  },
  {
    name: 'benchmark-769-percent',
    description: 'A benchmark of 769% (76.9 with the point lost)',
    exit: 1, file: 'indicators.json', code: 'percent-out-of-range',
    build: (f) => editJson(f, 'indicators.json', (json) => { (indicatorById(json, 'CP5').benchmarks as Json[])[0]!.value = 769; }),
    at: { marker: '"value"', after: '"benchmarks"' },
  },
  {
    name: 'two-targets-one-month',
    description: 'CP5 has two targets from 2017-10: which one applies would depend on the order',
    exit: 1, file: 'indicators.json', code: 'duplicate-target-month',
    build: (f) => editJson(f, 'indicators.json', (json) => { (indicatorById(json, 'CP5').targets as Json[])[1]!.from = '2017-10'; }),
    at: { marker: '"from"', occurrence: 2 },
  },
  {
    name: 'fractional-numerator',
    description: 'CP5 with a numerator of 12.5',
    exit: 1, file: LAST, code: 'fractional-count',
    build: (f) => editJson(f, LAST, (json) => { (values(json).CP5 as Json).numerator = 12.5; }),
    at: { marker: '"numerator"' },
  },
  {
    name: 'breakdown-empty-name',
    description: 'A caseload for a team with no name',
    exit: 1, file: LAST, code: 'empty-name',
    build: (f) => editJson(f, LAST, (json) => { ((values(json).CL1 as Json).breakdown as Json)[''] = 20; }),
    at: { marker: '""' },
  },
  {
    name: 'survey-team-empty-name',
    description: 'A survey team named " "',
    exit: 1, file: LAST, code: 'empty-name',
    build: (f) => editJson(f, LAST, (json) => { (lastSurvey(json).byTeam as Json)[' '] = 3; }),
    at: { marker: '" "' },
  },
  {
    name: 'survey-teams-over-completed',
    description: 'Survey teams adding up to 102 when 99 completed it',
    exit: 1, file: LAST, code: 'survey-counts',
    build: (f) => editJson(f, LAST, (json) => { (lastSurvey(json).byTeam as Json).Permanence = 85; }),
    at: { marker: '"byTeam"' },
  },
  {
    name: 'two-surveys-one-id',
    description: 'Two surveys with the id temperature-check-1 in one month',
    exit: 1, file: LAST, code: 'duplicate-id',
    build: (f) => editJson(f, LAST, (json) => { (json.surveys as Json[]).push({ ...lastSurvey(json), name: 'Second wave' }); }),
    at: { marker: '"id"', occurrence: 2 },
  },
  {
    name: 'actions-completed-over-due',
    description: '13 actions completed of 12 due',
    exit: 1, file: LAST, code: 'action-counts',
    build: (f) => editJson(f, LAST, (json) => { practiceActions(json).completed = 13; }),
    at: { marker: '"completed"', after: '"actions"' },
  },
  {
    name: 'actions-overdue-over-due',
    description: '11 completed and 3 overdue of 12 due',
    exit: 1, file: LAST, code: 'action-counts',
    build: (f) => editJson(f, LAST, (json) => { practiceActions(json).overdue = 3; }),
    at: { marker: '"overdue"' },
  },
  {
    name: 'empty-indicator-catalogue',
    description: 'indicators.json with an empty list: one error, not one per figure',
    exit: 1, file: 'indicators.json', code: 'empty-catalogue',
    build: (f) => f.set('indicators.json', pretty({ indicators: [] })),
    at: { marker: '"indicators"' },
  },
  {
    name: 'empty-workstream-catalogue',
    description: 'workstreams.json with an empty list: one error, not one per report',
    exit: 1, file: 'workstreams.json', code: 'empty-catalogue',
    build: (f) => f.set('workstreams.json', pretty({ workstreams: [] })),
    at: { marker: '"workstreams"' },
  },
  {
    name: 'utf-16-file',
    description: 'November saved as UTF-16 ("Unicode" in Notepad)',
    exit: 1, file: MIDDLE, code: 'not-utf8',
    build: (f) => f.set(MIDDLE, new Uint8Array(Buffer.from(`\uFEFF${text(f, MIDDLE)}`, 'utf16le'))),
    at: { line: 1, column: 1 },
  },
  {
    name: 'broken-link',
    description: 'snapshots/2018-01.json is a link to a file that does not exist: one error, every other file checked',
    exit: 1, file: 'snapshots/2018-01.json', code: 'unreadable-file',
    build: (f) => f.set('snapshots/2018-01.json', { symlink: 'moved-to-sharepoint/2018-01.json' }),
    at: { line: 1, column: 1 },
  },
  {
    name: 'control-character-in-id',
    description: 'A value keyed "CP5\\u0000": the message shows [NUL], never the raw character',
    exit: 1, file: MIDDLE, code: 'unknown-indicator',
    build: (f) => editText(f, MIDDLE, replaceOnce('"AS1": 69', '"AS1": 69,\n    "CP5\\u0000": 30')),
    at: { marker: '"CP5\\u0000"' },
  },
  {
    name: 'zero-width-space-in-id',
    description: 'A value keyed "CP5" and a zero-width space, pasted from a web page: the message names the character',
    exit: 1, file: MIDDLE, code: 'unknown-indicator',
    build: (f) => editText(f, MIDDLE, replaceOnce('"AS1": 69', '"AS1": 69,\n    "WF2\u200b": 30')),
    at: { marker: '"WF2' },
  },
  {
    name: 'workbook-saved-as-json',
    description: 'December is an Excel workbook renamed 2017-12.json: not text at all, said as such',
    exit: 1, file: LAST, code: 'not-text',
    build: (f) => f.set(LAST, Uint8Array.from([...Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml', 'latin1'), ...new Uint8Array(64), ...Buffer.from('xl/workbook.xml', 'latin1')])),
    at: { line: 1, column: 1 },
  },
  {
    name: 'pdf-saved-as-json',
    description: 'December is a PDF of the board report renamed 2017-12.json',
    exit: 1, file: LAST, code: 'not-text',
    build: (f) => f.set(LAST, new Uint8Array(Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'))),
    at: { line: 1, column: 1 },
  },
  {
    name: 'random-bytes-as-json',
    description: 'December is 2 KB of random bytes (a damaged copy): not text, not "Windows-1252"',
    exit: 1, file: LAST, code: 'not-text',
    build: (f) => {
      let seed = 26;
      f.set(LAST, Uint8Array.from({ length: 2048 }, () => (seed = (seed * 1103515245 + 12345) % 2147483648) >> 16 & 0xff));
    },
    at: { line: 1, column: 1 },
  },
  {
    name: 'macos-metadata-file',
    description: 'A Mac\'s ._2017-12.json beside December (AppleDouble, copied from a USB stick): a warning, safe to delete, never read as a month',
    exit: 0, file: 'snapshots/._2017-12.json', code: 'unread-file',
    build: (f) => f.set('snapshots/._2017-12.json', Uint8Array.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, ...Buffer.from('Mac OS X        ', 'latin1'), ...new Uint8Array(60)])),
    at: { line: 1, column: 1 },
  },
  {
    name: 'mac-roman-commentary',
    description: 'December\'s commentary with curly quotes and a dash saved as Mac Roman (0xD2, 0xD3, 0xD0)',
    exit: 1, file: LAST, code: 'not-utf8',
    build: (f) => {
      const json = text(f, LAST).replace('Contacts and referrals remain high.', 'Contacts \u0000 \u0001interim\u0002 remain high.');
      f.set(LAST, Uint8Array.from(Buffer.from(json, 'latin1'), (byte) => (byte === 0 ? 0xd0 : byte === 1 ? 0xd2 : byte === 2 ? 0xd3 : byte)));
    },
    at: { line: 1, column: 1 },
  },
  // ---- what officers really get wrong: warnings
  {
    name: 'month-saved-as-txt',
    description: 'January saved as snapshots/2018-01.json.txt (Windows hides the extension)',
    exit: 0, file: 'snapshots/2018-01.json.txt', code: 'unread-file',
    build: (f) => laterMonthAs(f, 'snapshots/2018-01.json.txt', '2018-01'),
    at: { line: 1, column: 1 },
  },
  {
    name: 'month-in-sub-folder',
    description: 'January put in snapshots/2018/',
    exit: 0, file: 'snapshots/2018/', code: 'unread-file',
    build: (f) => laterMonthAs(f, 'snapshots/2018/2018-01.json', '2018-01'),
    at: { line: 1, column: 1 },
  },
  {
    name: 'capitalised-snapshots-folder',
    description: 'January put in a folder named Snapshots/',
    exit: 0, file: 'Snapshots/', code: 'unread-file',
    build: (f) => laterMonthAs(f, 'Snapshots/2018-01.json', '2018-01'),
    at: { line: 1, column: 1 },
  },
  {
    name: 'month-outside-snapshots',
    description: 'January saved at the top of the data folder',
    exit: 0, file: '2018-01.json', code: 'unread-file',
    build: (f) => laterMonthAs(f, '2018-01.json', '2018-01'),
    at: { line: 1, column: 1 },
  },
  {
    name: 'value-out-of-line',
    description: 'WF1 (agency social workers) of 4400 in November among months of 41 to 45',
    exit: 0, file: MIDDLE, code: 'out-of-line',
    build: (f) => {
      laterMonth(f, '2018-01', { CP5: 35, WF1: 41, CL1: 20.9, AS1: 72 });
      editJson(f, MIDDLE, (json) => { values(json).WF1 = 4400; });
    },
    at: { marker: '"WF1"' },
  },
  {
    name: 'percent-fraction-among-percentages',
    description: 'CP5 of 0.3 in November (Excel\'s 30% read as its fraction) among months of 28 and 32',
    exit: 1, file: MIDDLE, code: 'percent-as-fraction',
    build: (f) => editJson(f, MIDDLE, (json) => { values(json).CP5 = 0.3; }),
    at: { marker: '"CP5"' },
  },
  {
    name: 'transposed-figure',
    description: 'CP5 steady at 33 to 35 for half a year, then 53 in July 2018 (35 with its digits swapped)',
    exit: 0, file: 'snapshots/2018-07.json', code: 'implausible-figure',
    build: (f) => {
      const steady = [33, 34, 33, 35, 34, 35];
      steady.forEach((cp5, index) => laterMonth(f, `2018-0${index + 1}`, { CP5: cp5, WF1: 41 - index, CL1: 20.9 - index / 10, AS1: 72 + index }));
      laterMonth(f, '2018-07', { CP5: 53, WF1: 35, CL1: 20.2, AS1: 78 });
    },
    at: { marker: '"CP5"' },
  },
  {
    name: 'month-repeats-previous-extra-row',
    description: 'November is October saved again, with AS1 emptied as the template\'s extra row is: still a repeat',
    exit: 0, file: MIDDLE, code: 'repeated-month',
    build: (f) => editJson(f, MIDDLE, (json) => { json.values = { ...(JSON.parse(text(f, 'snapshots/2017-10.json')) as Json).values as Json, AS1: null }; }),
    at: { marker: '"values"' },
  },
  {
    name: 'repeated-commentary',
    description: 'December\'s commentary is November\'s, word for word',
    exit: 0, file: LAST, code: 'repeated-month',
    build: (f) => {
      const commentary = (JSON.parse(text(f, LAST)) as Json).commentary;
      editJson(f, MIDDLE, (json) => { json.commentary = commentary; });
    },
    at: { marker: '"commentary"' },
  },
  {
    name: 'count-disagrees-with-numerator',
    description: 'WF1, a count, of 43 with a numerator of 900 and a denominator of 3',
    exit: 0, file: LAST, code: 'numerator-disagrees',
    build: (f) => editJson(f, LAST, (json) => { values(json).WF1 = { value: 43, numerator: 900, denominator: 3 }; }),
    at: { marker: '"value"', after: '"WF1"' },
  },
  {
    name: 'survey-target-as-fraction',
    description: 'The survey\'s target response rate is 0.5 (meaning 50%)',
    exit: 0, file: LAST, code: 'target-as-fraction',
    build: (f) => editJson(f, LAST, (json) => { lastSurvey(json).target = 0.5; }),
    at: { marker: '"target"' },
  },
  {
    name: 'month-repeats-previous',
    description: 'November is October saved again: every figure the same',
    exit: 0, file: MIDDLE, code: 'repeated-month',
    build: (f) => editJson(f, MIDDLE, (json) => { json.values = JSON.parse(text(f, 'snapshots/2017-10.json')).values; }),
    at: { marker: '"values"' },
  },
  {
    name: 'numerator-on-count',
    description: 'WF1, a count, with a numerator and denominator',
    exit: 0, file: LAST, code: 'numerator-on-count',
    build: (f) => editJson(f, LAST, (json) => { values(json).WF1 = { value: 43, numerator: 43, denominator: 50 }; }),
    at: { marker: '"numerator"', after: '"WF1"' },
  },
  {
    name: 'numerator-without-denominator',
    description: 'CP5 in November with a numerator and no denominator',
    exit: 0, file: MIDDLE, code: 'numerator-without-denominator',
    build: (f) => editJson(f, MIDDLE, (json) => { values(json).CP5 = { value: 30, numerator: 11 }; }),
    at: { marker: '"numerator"' },
  },
  {
    name: 'target-on-neutral',
    description: 'CL1 made neutral (context only) but keeping its target',
    exit: 0, file: 'indicators.json', code: 'target-on-neutral',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorById(json, 'CL1').polarity = 'neutral'; }),
    at: { marker: '"target"', after: '"CL1"' },
  },
  {
    name: 'percent-target-as-fraction',
    description: 'AS1 has a target of 0.8 and amber 0.7: every month would be green',
    exit: 0, file: 'indicators.json', code: 'target-as-fraction',
    build: (f) => editJson(f, 'indicators.json', (json) => { Object.assign(indicatorById(json, 'AS1'), { target: 0.8, amber: 0.7 }); }),
    at: { marker: '"target"', after: '"AS1"' },
  },
  {
    name: 'duplicate-benchmark',
    description: 'Two England benchmarks for 2016-17 on CP5',
    exit: 0, file: 'indicators.json', code: 'duplicate-benchmark',
    build: (f) => editJson(f, 'indicators.json', (json) => { (indicatorById(json, 'CP5').benchmarks as Json[]).push({ label: 'England', period: '2016-17', value: 78 }); }),
    at: { marker: '{', after: '"benchmarks"', occurrence: 2 },
  },
  {
    name: 'responses-not-100',
    description: 'Survey responses of 60% and 60%',
    exit: 0, file: LAST, code: 'responses-total',
    build: (f) => editJson(f, LAST, (json) => { ((lastSurvey(json).statements as Json[])[0]!.responses as Json).Disagree = 60; }),
    at: { marker: '"responses"' },
  },
  {
    name: 'spc-recalculate-outside-data',
    description: 'CP5 SPC limits recalculated from 2019-04, after the last month',
    exit: 0, file: 'indicators.json', code: 'spc-settings',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorById(json, 'CP5').spc = { recalculateFrom: ['2019-04'] }; }),
    at: { marker: '"2019-04"' },
  },
  {
    name: 'spc-fix-first-too-many',
    description: 'AS1 SPC limits fixed on the first 12 points, with 2 months of values',
    exit: 0, file: 'indicators.json', code: 'spc-settings',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorById(json, 'AS1').spc = { fixFirst: 12 }; }),
    at: { marker: '"fixFirst"' },
  },
  {
    name: 'latest-month-no-commentary',
    description: 'December, the latest month, has no commentary',
    exit: 0, file: LAST, code: 'latest-month-incomplete',
    build: (f) => editJson(f, LAST, (json) => { delete json.commentary; }),
    at: { line: 1, column: 1 },
  },
  {
    name: 'latest-month-no-workstreams',
    description: 'December, the latest month, has no workstream reports',
    exit: 0, file: LAST, code: 'latest-month-incomplete',
    build: (f) => editJson(f, LAST, (json) => { delete json.workstreams; }),
    at: { line: 1, column: 1 },
  },
  {
    name: 'missing-months-run',
    description: 'Months from 2018-01 to 2018-05 missing before June: one warning for the run',
    exit: 0, file: 'snapshots/2018-01.json', code: 'missing-month',
    build: (f) => laterMonth(f, '2018-06', { CP5: 45, WF1: 35, CL1: 19.2, AS1: 75 }),
    at: { line: 1, column: 1 },
  },
  {
    name: 'priority-never-given',
    description: 'The priority indicator CP5 in no month at all: one warning on the catalogue',
    exit: 0, file: 'indicators.json', code: 'priority-no-value',
    build: (f) => {
      for (const file of ['snapshots/2017-10.json', MIDDLE, LAST]) editJson(f, file, (json) => { delete values(json).CP5; });
    },
    at: { marker: '"priority"' },
  },
  // ---- counted from the case records (annex-a.md): calendar.json, an indicator's source, a team's counts
  {
    name: 'calendar-impossible-closure',
    description: 'A closure day in calendar.json that is not a day of the calendar (31 September)',
    exit: 1, file: 'calendar.json', code: 'impossible-date',
    build: (f) => f.set('calendar.json', pretty({ closures: [{ date: '2020-12-29', reason: 'Council Christmas closure' }, { date: '2020-09-31' }] })),
    at: { marker: '"date"', occurrence: 2 },
  },
  {
    name: 'source-unknown-measure',
    description: 'An indicator counted from Annex A by a measure that does not exist (icpcIn51)',
    exit: 1, file: 'indicators.json', code: 'invalid-value',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorById(json, 'CP5').source = { annexA: 'icpcIn51' }; }),
    at: { marker: '"annexA"' },
  },
  {
    name: 'source-unit-mismatch',
    description: 'A count indicator counted by a percentage measure of Annex A',
    exit: 1, file: 'indicators.json', code: 'source-unit',
    build: (f) => editJson(f, 'indicators.json', (json) => { indicatorById(json, 'WF1').source = { annexA: 'icpcIn15' }; }),
    at: { marker: '"annexA"' },
  },
  {
    name: 'breakdown-team-numerator-mismatch',
    description: "A team's percentage that disagrees with its own numerator and denominator",
    exit: 1, file: LAST, code: 'numerator-mismatch',
    build: (f) => editJson(f, LAST, (json) => {
      values(json).CP5 = { value: 32, numerator: 12, denominator: 37, breakdown: { 'Locality 1': { value: 90, numerator: 1, denominator: 4 } } };
    }),
    at: { marker: '"value": 90' },
  },
];

// ---------------------------------------------------------------- writing

function writeFolder(dir: string, folder: Folder): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'snapshots'), { recursive: true });
  for (const [file, content] of folder) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    if (typeof content === 'object' && 'symlink' in content) symlinkSync(content.symlink, join(dir, file));
    else writeFileSync(join(dir, file), content);
  }
}

function main(): void {
  const names = new Set<string>();
  const cases: CorpusCase[] = [];
  // Remove case folders no longer in the list.
  for (const entry of readdirSync(corpusDir)) {
    if (statSync(join(corpusDir, entry)).isDirectory()) rmSync(join(corpusDir, entry), { recursive: true, force: true });
  }
  writeFolder(join(corpusDir, '_valid'), validFolder());
  for (const spec of specs) {
    if (names.has(spec.name)) throw new Error(`Two cases named ${spec.name}`);
    names.add(spec.name);
    const folder = validFolder();
    spec.build(folder);
    writeFolder(join(corpusDir, spec.name), folder);
    const { build, at, ...entry } = spec;
    void build;
    const result: CorpusCase = { ...entry };
    const written = folder.get(spec.file);
    const content = typeof written === 'object' && 'symlink' in written ? undefined : written;
    if (at === undefined) {
      // no position to check
    } else if (typeof at === 'object' && 'line' in at) {
      result.line = at.line;
      if (at.column !== undefined) result.column = at.column;
    } else if (typeof content !== 'string') {
      throw new Error(`${spec.name}: no text to place a marker in`);
    } else if (at === 'end-of-file') {
      // The parser runs out of text: just after the last character is where the problem is.
      Object.assign(result, positionOf(`${content}\u0000`, { marker: '\u0000' }));
    } else {
      const position = positionOf(content, at);
      result.line = position.line;
      if (!at.lineOnly) result.column = position.column;
    }
    cases.push(result);
  }
  writeFileSync(join(corpusDir, 'cases.json'), pretty(cases));
  console.log(`${cases.length} cases written to ${corpusDir}`);
}

main();
