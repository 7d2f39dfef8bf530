// Writes a large data folder for performance work: N years of monthly snapshots for 80 indicators
// (8 service areas × 10), half of them with a breakdown by team, plus workstreams, events and a
// staff survey twice a year. Every figure is made up, but the folder passes the contract with no
// errors and no warnings (`npx tsx scripts/checkData.ts <folder>`), and the same arguments always
// write the same bytes (a seeded generator; no clock).
//
//   npx tsx scripts/generateLargeData.ts <folder> [--years 10] [--indicators 80] [--priority 20]
//                                        [--end 2025-12] [--teams 5] [--seed 1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMonths, financialYear, monthRange } from '../src/domain/months.ts';
import type { Indicator, Snapshot, Survey, Unit, Polarity, WorkstreamReport } from '../src/domain/schema.ts';

export interface LargeDataOptions {
  /** Years of monthly snapshots, ending at `end`. */
  years: number;
  /** Indicators in the catalogue (default 80). */
  indicators?: number;
  /** How many of them are priority indicators, shown as cards on the Overview (default 20). */
  priority?: number;
  /** The last month (default 2025-12: in the past, so no "future month" warning, ever). */
  end?: string;
  /** Teams in each breakdown (default 5). */
  teams?: number;
  seed?: number;
}

export interface LargeDataSummary {
  folder: string;
  months: number;
  indicators: number;
  priority: number;
  files: number;
  bytes: number;
}

const AREAS: { code: string; name: string }[] = [
  { code: 'FD', name: 'Front door' },
  { code: 'AS', name: 'Assessment' },
  { code: 'CP', name: 'Child protection' },
  { code: 'LAC', name: 'Children looked after' },
  { code: 'CL', name: 'Care leavers' },
  { code: 'WF', name: 'Workforce' },
  { code: 'QA', name: 'Quality assurance' },
  { code: 'ADO', name: 'Adolescents' },
];

const TEAM_NAMES = ['Assessment', 'Care planning', 'Permanence', 'Children with disabilities', 'Adolescents', 'Leaving care', 'Fostering', 'Front door'];

/** The kinds of indicator the sample data has, each with a plausible level and target. */
interface Kind {
  unit: Unit;
  polarity: Polarity;
  /** The level figures wander around. */
  level: number;
  spread: number;
  target?: number;
  amber?: number;
  /** Percentages with a numerator and denominator (value = numerator ÷ denominator × 100). */
  counted?: boolean;
  noun: string;
}

const KINDS: Kind[] = [
  { unit: 'percent', polarity: 'up', level: 78, spread: 8, target: 85, amber: 75, counted: true, noun: 'in timescale' },
  { unit: 'percent', polarity: 'down', level: 21, spread: 4, target: 18, amber: 22, counted: true, noun: 're-referred within 12 months' },
  { unit: 'number', polarity: 'down', level: 17, spread: 2.5, target: 16, amber: 18, noun: 'average caseload' },
  { unit: 'days', polarity: 'down', level: 34, spread: 8, target: 30, amber: 40, noun: 'average days' },
  { unit: 'count', polarity: 'neutral', level: 420, spread: 60, noun: 'number of children' },
  { unit: 'percent', polarity: 'up', level: 64, spread: 10, target: 70, amber: 60, noun: 'with an up-to-date plan' },
];

/** mulberry32: small, fast and good enough for made-up figures; the same seed, the same folder. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function writeJson(path: string, value: unknown): number {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

export function generateLargeData(folder: string, options: LargeDataOptions): LargeDataSummary {
  const count = options.indicators ?? 80;
  const priorityCount = Math.min(options.priority ?? 20, count);
  const end = options.end ?? '2025-12';
  const teamCount = clamp(options.teams ?? 5, 1, TEAM_NAMES.length);
  const random = generator(options.seed ?? 1);
  const months = monthRange(addMonths(end, -(Math.round(options.years * 12) - 1)), end);
  const first = months[0]!;
  const teams = TEAM_NAMES.slice(0, teamCount);
  const noise = () => random() + random() + random() - 1.5; // roughly normal, -1.5 to 1.5

  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'snapshots'), { recursive: true });
  let bytes = 0;

  bytes += writeJson(join(folder, 'site.json'), {
    $schema: './schema/site.schema.json',
    organisation: 'Generated Borough Council',
    title: "Children's Improvement Dashboard",
    board: "Children's Improvement Board",
    sampleData: true,
  });

  // ---- the catalogue: priority indicators spread across the areas (every (count/priority)th)
  const perArea = Math.ceil(count / AREAS.length);
  const years = [...new Set(months.map(financialYear))];
  const indicators: (Indicator & { kindIndex: number })[] = [];
  for (let index = 0; index < count; index++) {
    const area = AREAS[Math.floor(index / perArea) % AREAS.length]!;
    // Shifted every fourth indicator so that the priority ones (every fourth, with 80 and 20)
    // are of every kind, not the same two or three.
    const kindIndex = (index + Math.floor(index / 4)) % KINDS.length;
    const kind = KINDS[kindIndex]!;
    const id = `${area.code}${String((index % perArea) + 1).padStart(2, '0')}`;
    const indicator: Indicator & { kindIndex: number } = {
      kindIndex,
      id,
      name: `${area.name}: ${kind.noun} (${id})`,
      shortName: `${area.code} ${kind.noun} ${(index % perArea) + 1}`,
      area: area.name,
      unit: kind.unit,
      polarity: kind.polarity,
      definition: `Generated indicator for performance tests: ${kind.noun}, ${area.name.toLowerCase()}.`,
    };
    // Exactly `priorityCount` priority indicators, spread evenly through the catalogue.
    if ((index * priorityCount) % count < priorityCount) indicator.priority = true;
    if (kind.target !== undefined) {
      // The target tightens every three years, as improvement plans' targets do.
      indicator.targets = [];
      for (let year = 0; year * 36 < months.length; year++) {
        const tighten = kind.polarity === 'up' ? year : -year;
        indicator.targets.push({
          from: addMonths(first, year * 36),
          target: round(kind.target + tighten * kind.spread * 0.1, 1),
          amber: round((kind.amber ?? kind.target) + tighten * kind.spread * 0.1, 1),
        });
      }
    }
    if (kind.unit === 'percent') {
      indicator.benchmarks = years.map((period) => ({
        label: 'England',
        period,
        value: round(kind.level + noise() * kind.spread * 0.3, 1),
        kind: 'england' as const,
        source: 'Generated for performance tests',
      }));
    }
    if (index % 2 === 0) indicator.breakdown = 'team';
    indicators.push(indicator);
  }
  bytes += writeJson(join(folder, 'indicators.json'), {
    $schema: './schema/indicators.schema.json',
    indicators: indicators.map(({ kindIndex: _kindIndex, ...indicator }) => indicator),
  });

  const workstreams = [
    { id: 'practice', name: 'Practice', sro: 'Director of Children’s Social Care' },
    { id: 'people-performance', name: 'People and Performance', sro: 'Executive Director (People)' },
    { id: 'partnerships', name: 'Partnerships', sro: 'Executive Director (People)' },
    { id: 'platforms', name: 'Platforms', sro: 'Director of Digital' },
  ];
  bytes += writeJson(join(folder, 'workstreams.json'), { $schema: './schema/workstreams.schema.json', workstreams });

  const events = months
    .filter((month) => month.endsWith('-03'))
    .map((month) => ({ date: `${month}-12`, end: `${month}-13`, label: `Monitoring visit, ${month.slice(0, 4)}` }));
  bytes += writeJson(join(folder, 'events.json'), { $schema: './schema/events.schema.json', events });

  // ---- the snapshots: each indicator wanders slowly around its level
  const levels = indicators.map((indicator) => KINDS[indicator.kindIndex]!.level);
  const rags = ['red', 'amber', 'green', 'blue'] as const;
  months.forEach((month, monthIndex) => {
    const values: Snapshot['values'] = {};
    indicators.forEach((indicator, index) => {
      const kind = KINDS[indicator.kindIndex]!;
      levels[index] = clamp(levels[index]! + noise() * kind.spread * 0.15 + (kind.level - levels[index]!) * 0.05, 0, kind.unit === 'percent' ? 100 : Infinity);
      const raw = clamp(levels[index]! + noise() * kind.spread * 0.4, 0, kind.unit === 'percent' ? 100 : Infinity);
      const decimals = kind.unit === 'count' ? 0 : 1;
      if (!indicator.priority && random() < 0.01) {
        values[indicator.id] = { value: null, note: 'Not reportable from the case management system this month' };
        return;
      }
      const entry: Exclude<Snapshot['values'][string], number | null> = { value: round(raw, decimals) };
      if (kind.counted) {
        const denominator = 40 + Math.floor(random() * 360);
        const numerator = Math.round((denominator * raw) / 100);
        entry.numerator = numerator;
        entry.denominator = denominator;
        entry.value = round((numerator / denominator) * 100, 1);
      }
      if (indicator.breakdown) {
        entry.breakdown = Object.fromEntries(
          teams.map((team) => [team, round(clamp(raw + noise() * kind.spread * 0.6, 0, kind.unit === 'percent' ? 100 : Infinity), decimals)]),
        );
      }
      values[indicator.id] = entry.numerator === undefined && !entry.breakdown ? entry.value : entry;
    });
    const workstreamReports: Record<string, WorkstreamReport> = {};
    workstreams.forEach((workstream, index) => {
      const due = 8 + Math.floor(random() * 8);
      const overdue = Math.floor(random() * 3);
      workstreamReports[workstream.id] = {
        rag: rags[(monthIndex + index) % 3]!,
        status: overdue > 0 ? `${overdue} action${overdue === 1 ? '' : 's'} overdue` : 'On track',
        highlights: [`${workstream.name}: milestone ${monthIndex + 1} met.`, 'Audit findings shared with team managers.'],
        risks: ['Agency staff turnover in the assessment teams.'],
        actions: { due, completed: due - overdue, overdue },
      };
    });
    const snapshot: Snapshot = {
      $schema: '../schema/snapshot.schema.json',
      month,
      status: 'final',
      produced: `${addMonths(month, 1)}-14`,
      commentary:
        `Generated commentary for ${month}. Timeliness held steady across the front door and assessment teams; ` +
        `supervision and audit completion continue to improve.\n\nCaseloads rose slightly in the assessment service ` +
        `while two posts were vacant; both have been filled from the next month.`,
      values,
      workstreams: workstreamReports,
    };
    if (month.endsWith('-06') || month.endsWith('-12')) {
      const invited = 380 + Math.floor(random() * 40);
      const started = 150 + Math.floor(random() * 60);
      const completed = started - Math.floor(random() * 20);
      const survey: Survey = {
        id: `temperature-${month}`,
        name: `Staff temperature check, ${month}`,
        closed: `${month}-20`,
        invited,
        started,
        completed,
        target: 40,
        byTeam: Object.fromEntries(teams.map((team, index) => [team, Math.floor(completed / teams.length) + (index === 0 ? completed % teams.length : 0)])),
        statements: ['I have manageable caseloads', 'I get regular supervision', 'I would recommend working here'].map((text) => {
          const agree = round(40 + random() * 40, 1);
          const neutral = round((100 - agree) * random(), 1);
          return { text, responses: { Agree: agree, Neutral: neutral, Disagree: round(100 - agree - neutral, 1) } };
        }),
      };
      snapshot.surveys = [survey];
    }
    bytes += writeJson(join(folder, 'snapshots', `${month}.json`), snapshot);
  });

  return {
    folder,
    months: months.length,
    indicators: indicators.length,
    priority: indicators.filter((indicator) => indicator.priority).length,
    files: months.length + 4,
    bytes,
  };
}

function main(argv: string[]): void {
  const folder = argv.find((arg, index) => !arg.startsWith('--') && !argv[index - 1]?.startsWith('--'));
  const option = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index === -1 ? undefined : argv[index + 1];
  };
  const number = (name: string) => (option(name) === undefined ? undefined : Number(option(name)));
  if (!folder) {
    console.error('Usage: npx tsx scripts/generateLargeData.ts <folder> [--years 10] [--indicators 80] [--priority 20] [--end 2025-12] [--teams 5] [--seed 1]');
    process.exitCode = 2;
    return;
  }
  const summary = generateLargeData(folder, {
    years: number('years') ?? 10,
    indicators: number('indicators'),
    priority: number('priority'),
    end: option('end'),
    teams: number('teams'),
    seed: number('seed'),
  });
  console.log(
    `Wrote ${summary.folder}: ${summary.months} months × ${summary.indicators} indicators (${summary.priority} priority), ` +
      `${summary.files} files, ${(summary.bytes / 1e6).toFixed(1)} MB.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
