// A synthetic Annex A extract in Ofsted's layout, for the sample (docs/annex-a-sample/) and the
// benchmark (scripts/bench/annexA.ts): every list's headers as the template writes them, dates
// spread over the six months before the extract was taken (a week after the month's end), children
// shared between lists as real caseloads are, workers in teams with a staff list. Seeded: the same
// plan always gives the same workbook. No real child: IDs, dates of birth and postcodes are made up.
import { lastDayOfMonth } from '../../src/domain/months.ts';
import { dayNumber } from '../../src/domain/records/days.ts';
import { isoDayFromUnixDays as isoDateOf } from '../../src/domain/spreadsheet/excelDate.ts';
import { workingDayCalendar, workingDaysBetweenDays } from '../../src/domain/records/workingDays.ts';
import { HEADERS, UNCOUNTED_HEADERS } from './syntheticHeaders.ts';
import { allocation, Chance, childColumns, makeChildren, makeWorkers, seeded, staffRows, type Child } from './syntheticPeople.ts';
import type { WrittenCell, WrittenSheet } from './xlsxWriter.ts';

export interface ExtractPlan {
  seed: number;
  /** The month the extract is for: it is taken a week after the month's end. */
  month: string;
  /** Rows in each counted list. */
  rows: Record<1 | 3 | 4 | 5 | 6 | 7 | 8, number>;
  /** Rows in lists 2, 9, 10 and 11 (not counted; 0 leaves the sheets out). */
  otherRows: number;
  workersPerTeam: number;
}

export interface SyntheticExtract {
  sheets: WrittenSheet[];
  staff: WrittenCell[][];
  /** What must never leave the counting: every child ID, date of birth and postcode in the extract. */
  personal: { childIds: string[]; birthDates: string[]; postcodes: string[] };
}

const date = (day: number): WrittenCell => ({ date: isoDateOf(day) });
const calendar = workingDayCalendar();

/** The working day `count` working days after `day`. */
function addWorkingDays(day: number, count: number): number {
  let next = day;
  while (workingDaysBetweenDays(day, next, calendar) < count) next += 1;
  return next;
}

export function syntheticExtract(plan: ExtractPlan): SyntheticExtract {
  const chance = new Chance(seeded(plan.seed));
  const reference = dayNumber(lastDayOfMonth(plan.month));
  const extracted = reference + 7;
  const windowStart = reference - 182;
  const total = Object.values(plan.rows).reduce((sum, count) => sum + count, 0);
  const children = makeChildren(chance, Math.max(50, Math.round(total * 0.6)));
  const workers = makeWorkers(chance, plan.workersPerTeam);
  const postcodes: string[] = [];
  const someChild = () => chance.pick(children);
  const inWindow = () => windowStart + chance.below(extracted - windowStart + 1);
  const since = (first: number) => first + chance.below(Math.max(1, extracted - first));
  const before = (day: number) => (day > extracted ? null : date(day));
  const person = (child: Child) => childColumns(child, extracted);
  const yesNo = (probability: number) => (chance.yes(probability) ? chance.pick(['Yes', 'a) Yes']) : chance.pick(['No', 'b) No']));

  const list1 = Array.from({ length: plan.rows[1] }, () => [...person(someChild()), date(inWindow()), chance.pick(['q) 6: Police', 'b) 1B: Individual', 'j) 3D: Health services', 'e) 2A: Schools', 't) 9: Anonymous'])]);
  const list3 = Array.from({ length: plan.rows[3] }, () => {
    const earlier = chance.yes(0.78) ? 0 : chance.between(1, 3);
    return [...person(someChild()), date(inWindow()), chance.pick(['q) 6: Police', 'e) 2A: Schools', 'j) 3D: Health services']), chance.pick(['No', 'No', 'Yes']), earlier, ...allocation(chance, workers, chance.yes(0.5) ? 'front door' : 'assessment', 0.05)];
  });
  // Open cases: children on a plan are in need too, and most looked-after children were once assessed;
  // within one list each child has one row (a child with two open plans is one of the sample's problems).
  const caseChildren = children.slice(0, Math.max(20, Math.round(children.length * 0.5)));
  const eachOnce = () => {
    const order = [...caseChildren];
    for (let index = order.length - 1; index > 0; index--) {
      const other = chance.below(index + 1);
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    let next = 0;
    return () => order[next++ % order.length]!;
  };
  const child4 = eachOnce();
  const list4 = Array.from({ length: plan.rows[4] }, () => {
    const start = inWindow();
    const authorised = addWorkingDays(start, chance.yes(0.75) ? chance.between(5, 45) : chance.between(46, 70));
    return [...person(child4()), chance.pick(['a) Yes', 'b) No', 'b) No']), date(start), 'Yes', before(authorised), 'CS Assessment Updated', ...allocation(chance, workers, 'assessment', 0.06)];
  });
  const child5 = eachOnce();
  const list5 = Array.from({ length: plan.rows[5] }, () => {
    const strategy = inWindow();
    const unnecessary = chance.yes(0.35);
    const conference = unnecessary ? null : before(addWorkingDays(strategy, chance.yes(0.7) ? chance.between(5, 15) : chance.between(16, 30)));
    return [...person(child5()), 'b) No', date(strategy), unnecessary ? 'Yes' : 'No', conference, conference ? yesNo(0.7) : null, chance.between(0, 2), unnecessary ? 0 : 1, ...allocation(chance, workers, 'child protection', 0.04)];
  });
  const child6 = eachOnce();
  const list6 = Array.from({ length: plan.rows[6] }, () => {
    const start = since(reference - 4 * 365);
    const closed = chance.yes(0.35) ? before(start + chance.below(Math.max(1, extracted - start))) : null;
    return [...person(child6()), chance.pick(['a) Yes', 'b) No', 'b) No', 'b) No']), date(start), chance.pick(['N1 - Abuse or Neglect', 'N2 - Child’s disability', 'N4 - Family in acute stress', 'N5 - Family dysfunction']), date(since(start)), closed, closed ? 'RC2 - Case closed after assessment' : null, 'c) Child in need plan', ...allocation(chance, workers, chance.yes(0.15) ? 'disabilities' : 'care planning', 0.08)];
  });
  const child7 = eachOnce();
  const list7 = Array.from({ length: plan.rows[7] }, () => {
    const start = since(reference - 400);
    const ended = chance.yes(0.3) ? before(start + chance.below(Math.max(1, extracted - start))) : null;
    const visited = Math.max(start, extracted - chance.between(0, 20));
    const category = chance.pick(['Neglect', 'Emotional abuse', 'Physical abuse', 'Sexual abuse', 'Multiple']);
    const previous = chance.yes(0.75) ? 0 : chance.between(1, 2);
    return [...person(child7()), 'b) No', date(start), category, category, date(visited), chance.pick(['a) Yes', 'b) No']), date(since(start)), ended, 'b) No', previous, ...allocation(chance, workers, 'child protection', 0.03)];
  });
  const child8 = eachOnce();
  const list8 = Array.from({ length: plan.rows[8] }, () => {
    const started = since(reference - 8 * 365);
    const ceased = chance.yes(0.15) ? before(started + chance.below(Math.max(1, extracted - started))) : null;
    const missing = chance.yes(0.85) ? 0 : chance.between(1, 4);
    const postcode = `CR${chance.between(0, 9)} ${chance.between(1, 9)}${String.fromCharCode(65 + chance.below(26))}${String.fromCharCode(65 + chance.below(26))}`;
    postcodes.push(postcode);
    const visited = Math.max(started, extracted - chance.between(0, 55));
    return [
      ...person(child8()), 'b) No', 'b) No', date(started), 'N1 - Abuse or Neglect', 'b) No', date(started), chance.pick(['C2: FCO', 'C1: ICO', 'V2: S20', 'E1: Placement order']),
      date(since(started)), date(visited), chance.pick(['Return to family', 'Long-term fostering', 'Adoption', 'Special guardianship']), date(since(started)), date(since(started)), date(since(started)),
      chance.between(0, 3), ceased, ceased ? 'E13: Left care to live with parents' : null, date(since(started)), chance.pick(['f) U6: Foster placement - not FFA', 'd) U4: Foster placement - long term', 'n) H5: Residential accommodation']),
      chance.pick(['b) PR1 - Own provision', 'e) PR4 - Private provision']), postcode, null, chance.pick(['a) Inside LA boundary', 'b) Outside LA boundary']), 'Croydon', missing, chance.yes(0.9) ? 0 : 1,
      missing ? yesNo(0.75) : null, missing ? yesNo(0.4) : null, ...allocation(chance, workers, 'children in care', 0.02),
    ];
  });
  const counted: [number, WrittenCell[][]][] = [[1, list1], [3, list3], [4, list4], [5, list5], [6, list6], [7, list7], [8, list8]];
  const sheets: WrittenSheet[] = counted.map(([list, rows]) => ({ name: `List ${list}`, rows: [HEADERS[list]!, ...rows] }));
  if (plan.otherRows > 0) {
    for (const [list, headers] of Object.entries(UNCOUNTED_HEADERS)) {
      const rows = Array.from({ length: plan.otherRows }, () => headers.map((_, column) => (column === 0 ? someChild().id : column === 1 ? chance.pick(['a) Male', 'b) Female']) : null)));
      sheets.push({ name: `List ${list}`, rows: [headers, ...rows] });
    }
    sheets.sort((a, b) => Number(a.name.slice(5)) - Number(b.name.slice(5)));
  }
  return {
    sheets,
    staff: staffRows(workers),
    personal: { childIds: children.map((child) => String(child.id)), birthDates: children.map((child) => child.birth), postcodes },
  };
}
