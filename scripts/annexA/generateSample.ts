// node --import tsx scripts/annexA/generateSample.ts
//
// Writes the sample Annex A extract and staff list for the sample council's month after its last
// (2019-04) into docs/annex-a-sample/: synthetic, seeded (the same files every run), every list
// present, and a few of each problem the counting names (sampleProblems.ts). Never under data/,
// public/ or dist/: an extract holds children's records, even a made-up one is kept apart.
// Then tests/fixtures/annex-a/reference_counts.py gives its expected figures (sample-expected.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withSampleProblems } from './sampleProblems.ts';
import { syntheticExtract, type ExtractPlan } from './syntheticExtract.ts';
import { writeXlsx, type WrittenCell } from './xlsxWriter.ts';

export const SAMPLE_MONTH = '2019-04';

export const SAMPLE_PLAN: ExtractPlan = {
  seed: 201904,
  month: SAMPLE_MONTH,
  rows: { 1: 160, 3: 80, 4: 90, 5: 80, 6: 90, 7: 60, 8: 70 },
  otherRows: 5,
  workersPerTeam: 2,
};

const csvLine = (row: readonly WrittenCell[]) => row.map((cell) => (cell === null ? '' : String(cell))).join(',');

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const folder = join(root, 'docs/annex-a-sample');
const extract = withSampleProblems(syntheticExtract(SAMPLE_PLAN), SAMPLE_MONTH);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, `annex-a-${SAMPLE_MONTH}.xlsx`), writeXlsx(extract.sheets));
writeFileSync(join(folder, `staff-${SAMPLE_MONTH}.csv`), `${extract.staff.map(csvLine).join('\n')}\n`);
console.log(`Wrote docs/annex-a-sample/annex-a-${SAMPLE_MONTH}.xlsx (${extract.sheets.length} lists) and staff-${SAMPLE_MONTH}.csv (${extract.staff.length - 1} rows).`);
