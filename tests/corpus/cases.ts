// The bad-input corpus: tests/corpus/<case>/ is a complete data folder with exactly one thing
// broken, and cases.json says what the checks must report. Used by tests/unit/checkDataCli.test.ts
// (every case, through the command line) and by the browser tests (a sample, through the Data page).
// The folders are written by tests/corpus/generate.ts.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProblemCode } from '../../src/domain/contract/problems.ts';

export interface CorpusCase {
  /** The folder name under tests/corpus/. */
  name: string;
  description: string;
  /** The exit status of `npm run check-data` on the folder: 1 for an error, 0 for warnings only. */
  exit: 0 | 1;
  /** The file (relative to the data folder) the problem must name, e.g. `snapshots/2017-12.json`. */
  file: string;
  /** The problem code that must be reported for that file. */
  code: ProblemCode;
  /** Other codes the case may also cause (a consequence of the one thing broken, not noise). */
  also?: ProblemCode[];
  /** Where in `file` the problem must be reported, 1-based. */
  line?: number;
  column?: number;
  /** The case's file is too big to commit: write it with prepareCase before use. */
  generate?: 'ten-megabytes';
}

export const corpusDir = dirname(fileURLToPath(import.meta.url));

/** A data folder that passes every check; each case is this with one thing broken. */
export const validFolder = join(corpusDir, '_valid');

export function loadCases(): CorpusCase[] {
  return JSON.parse(readFileSync(join(corpusDir, 'cases.json'), 'utf8')) as CorpusCase[];
}

export function caseFolder(corpusCase: CorpusCase | string): string {
  return join(corpusDir, typeof corpusCase === 'string' ? corpusCase : corpusCase.name);
}

/** Bytes in the generated file of a `ten-megabytes` case. */
export const TEN_MEGABYTES = 10 * 1024 * 1024 + 1024;

/**
 * Make the generated file of a case inside `folder` (a copy of the case): for `ten-megabytes`,
 * the case's file becomes a valid snapshot padded with a long commentary to over 10 MB.
 */
export function generateCaseFiles(corpusCase: CorpusCase, folder: string): void {
  if (corpusCase.generate !== 'ten-megabytes') return;
  const path = join(folder, corpusCase.file);
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const withoutPadding = Buffer.byteLength(JSON.stringify({ ...snapshot, commentary: '' }, null, 2));
  snapshot.commentary = 'x'.repeat(TEN_MEGABYTES - withoutPadding);
  writeFileSync(path, JSON.stringify(snapshot, null, 2));
}

/** Copy a case to a new temporary folder (named after the case), generating files it asks for. */
export function prepareCase(corpusCase: CorpusCase, parent?: string): string {
  const root = parent ?? mkdtempSync(join(tmpdir(), 'corpus-'));
  const folder = join(root, corpusCase.name);
  cpSync(caseFolder(corpusCase), folder, { recursive: true });
  generateCaseFiles(corpusCase, folder);
  return folder;
}

/** `count` cases spread evenly over the corpus, always including errors and warnings. */
export function sampleCases(count: number, cases: readonly CorpusCase[] = loadCases()): CorpusCase[] {
  if (count >= cases.length) return [...cases];
  const step = cases.length / count;
  const picked = Array.from({ length: count }, (_, index) => cases[Math.floor(index * step)]!);
  if (!picked.some((c) => c.exit === 0)) picked[picked.length - 1] = cases.find((c) => c.exit === 0)!;
  return picked;
}
