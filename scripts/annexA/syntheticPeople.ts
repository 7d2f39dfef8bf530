// The people of a synthetic Annex A extract: a seeded random source, children (ID, gender,
// ethnicity, date of birth), and the council's teams and social workers with a staff list. No real
// child or worker: names are drawn from short lists of common first and last names, IDs from 93000000.
import { dayNumber, dayNumberOf } from '../../src/domain/records/days.ts';
import { isoDayFromUnixDays as isoDateOf } from '../../src/domain/spreadsheet/excelDate.ts';
import type { WrittenCell } from './xlsxWriter.ts';

/** mulberry32: a small seeded generator, so every run writes the same extract. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Chance {
  constructor(readonly next: () => number) {}

  below(count: number): number {
    return Math.floor(this.next() * count);
  }

  between(first: number, last: number): number {
    return first + this.below(last - first + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  yes(probability: number): boolean {
    return this.next() < probability;
  }
}

export interface Child {
  id: number;
  gender: string;
  ethnicity: string;
  /** Date of birth, YYYY-MM-DD (2003 to 2016: no sample date of the dashboard falls in those years). */
  birth: string;
}

const GENDERS = ['a) Male', 'b) Female', 'b) Female', 'a) Male', 'Female', 'c) Not stated/recorded'];
const ETHNICITIES = ['a) WBRI', 'a) WBRI', 'a) WBRI', 'k) APKN', 's) NOBT', 'r) OOTH', 'l) ABAN', 'i) MOTH', 'n) BCRB', 'm) BAFR'];

export function makeChildren(chance: Chance, count: number): Child[] {
  return Array.from({ length: count }, (_, index) => ({
    id: 93_000_000 + index * 7 + chance.below(7),
    gender: chance.pick(GENDERS),
    ethnicity: chance.pick(ETHNICITIES),
    birth: isoDateOf(dayNumberOf(2003 + chance.below(14), 1 + chance.below(12), 1 + chance.below(28))),
  }));
}

/** The child's first five columns in every list: ID, gender, ethnicity, date of birth, age at the extract. */
export function childColumns(child: Child, extracted: number): WrittenCell[] {
  const age = Math.floor(((extracted - dayNumber(child.birth)) / 365.25) * 10) / 10;
  return [child.id, child.gender, child.ethnicity, { date: child.birth }, age];
}

export type Service = 'front door' | 'assessment' | 'child protection' | 'care planning' | 'children in care' | 'disabilities';

const TEAMS: Record<Service, string[]> = {
  'front door': ['Multi Agency Safeguarding Hub'],
  assessment: ['Assessment 1', 'Assessment 2', 'Assessment 3'],
  'child protection': ['Child Protection 1', 'Child Protection 2'],
  'care planning': ['Care Planning 1', 'Care Planning 2'],
  'children in care': ['Children in Care 1', 'Children in Care 2'],
  disabilities: ['Children with Disabilities'],
};

const FIRST = ['Amara', 'Ben', 'Chloe', 'Dev', 'Ella', 'Femi', 'Grace', 'Hari', 'Isla', 'Jonah', 'Kemi', 'Liam', 'Maya', 'Nikhil', 'Orla', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wes', 'Yara', 'Zac'];
const LAST = ['Adeyemi', 'Brooks', 'Chowdhury', 'Doyle', 'Evans', 'Fraser', 'Gill', 'Hughes', 'Iqbal', 'Jones', 'Kowalski', 'Lewis', 'Mensah', 'Nolan', 'Okafor', 'Patel', 'Quinn', 'Reid', 'Shah', 'Taylor', 'Usman', 'Walsh', 'Young'];

export interface Worker {
  name: string;
  team: string;
  fte: number;
}

/** `perTeam` workers in every team, each with a unique name and an FTE (most full time). */
export function makeWorkers(chance: Chance, perTeam: number): Map<Service, Worker[]> {
  const workers = new Map<Service, Worker[]>();
  let index = 0;
  for (const [service, teams] of Object.entries(TEAMS) as [Service, string[]][]) {
    const list: Worker[] = [];
    for (const team of teams) {
      for (let count = 0; count < perTeam; count++, index++) {
        const name = `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}${index >= FIRST.length * LAST.length ? ` ${Math.floor(index / (FIRST.length * LAST.length)) + 1}` : ''}`;
        list.push({ name, team, fte: chance.pick([1, 1, 1, 1, 0.8, 0.6, 0.5]) });
      }
    }
    workers.set(service, list);
  }
  return workers;
}

/** A worker of the service as an extract writes them: sometimes with a non-breaking space; `#N/A` when unallocated. */
export function allocation(chance: Chance, workers: Map<Service, Worker[]>, service: Service, unallocated: number): [WrittenCell, WrittenCell] {
  if (chance.yes(unallocated)) return chance.yes(0.5) ? [{ error: '#N/A' }, { error: '#N/A' }] : [chance.pick(TEAMS[service]), null];
  const worker = chance.pick(workers.get(service)!);
  return [worker.team, chance.yes(0.3) ? worker.name.replace(' ', '\u00a0') : worker.name];
}

/** The staff list's rows: Worker, Team, FTE, one row per worker. */
export function staffRows(workers: Map<Service, Worker[]>): WrittenCell[][] {
  return [['Worker', 'Team', 'FTE'], ...[...workers.values()].flat().map((worker) => [worker.name, worker.team, worker.fte])];
}
