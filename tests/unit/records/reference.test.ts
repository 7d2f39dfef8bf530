// The counting held to an independent reference: tests/fixtures/annex-a/reference_counts.py works
// the months out from the same workbooks with openpyxl, from annex-a.md (never from this code), and
// its committed output (*-expected.json) is what the TypeScript must give, measure by measure, team
// by team, and problem by problem (list, row, child, column, and the measures it touches).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countMonth } from '../../../src/domain/records/countMonth';
import { readExtractWorkbook, readStaffFile } from '../../../src/domain/records/extractFiles';
import type { RecordProblem } from '../../../src/domain/records/problemLog';
import { ANNEX_A_MEASURE_IDS, type CalendarFile } from '../../../src/domain/schema';

const FIXTURES = 'tests/fixtures/annex-a';

/** The paths are the repository's, as given to the reference script. */
interface Expected {
  workbook: string;
  staff: string | null;
  calendar: string | null;
  months: Record<string, { measures: Record<string, { counted: boolean; value: number | null }>; problems: unknown[] }>;
}

/** A problem as the reference gives it: where, and which measures each kind of effect touches. */
function projectProblem(problem: RecordProblem) {
  const order = (id: string) => (ANNEX_A_MEASURE_IDS as readonly string[]).indexOf(id);
  const effects: Record<string, string[]> = {};
  for (const part of problem.effect.split('; ')) {
    const kind = part.startsWith('left out') ? 'left out' : part.startsWith('counted') ? 'counted' : part.endsWith('not counted') ? 'not counted' : 'other';
    const named = ANNEX_A_MEASURE_IDS.filter((id) => new RegExp(`\\b${id}\\b`).test(part));
    effects[kind] = [...new Set([...(effects[kind] ?? []), ...named])].sort((a, b) => order(a) - order(b));
  }
  return { list: problem.list, row: problem.row, child: problem.child, column: problem.column, effects };
}

function checkAgainst(expectedFile: string) {
  const expected = JSON.parse(readFileSync(join(FIXTURES, expectedFile), 'utf8')) as Expected;
  const extract = readExtractWorkbook({ name: expected.workbook, bytes: new Uint8Array(readFileSync(expected.workbook)) });
  const staff = expected.staff ? readStaffFile({ name: expected.staff, bytes: new Uint8Array(readFileSync(expected.staff)) }) : undefined;
  const calendar = expected.calendar ? (JSON.parse(readFileSync(expected.calendar, 'utf8')) as CalendarFile) : undefined;
  if (!extract.ok || (staff && !staff.ok)) throw new Error('the fixtures cannot be read');
  describe(`${expected.workbook} against ${expectedFile}`, () => {
    it.each(Object.keys(expected.months))('%s: every measure, by team', (month) => {
      const counted = countMonth({ month, sheets: extract.value, staff: staff?.ok ? staff.value : undefined, calendar });
      for (const id of ANNEX_A_MEASURE_IDS) {
        const reference = expected.months[month]!.measures[id]!;
        const ours = counted.measures[id];
        if (reference.counted) expect(ours, `${month} ${id}`).toEqual(reference);
        else expect({ counted: ours.counted, value: ours.value }, `${month} ${id}`).toEqual(reference);
      }
    });

    it.each(Object.keys(expected.months))('%s: every problem, at its row and column', (month) => {
      const counted = countMonth({ month, sheets: extract.value, staff: staff?.ok ? staff.value : undefined, calendar });
      expect(counted.problems.map(projectProblem)).toEqual(expected.months[month]!.problems);
    });
  });
}

checkAgainst('liia-expected.json');
checkAgainst('sample-expected.json');
