// Which council an officer means: every council named in the DfE files, and a name as typed
// ("London Borough of Croydon", "Hull", "Poole") matched to one of them.
import { nearestMany } from '../../src/domain/contract/suggest';
import type { CsvRow } from './cells';
import type { NeighbourGroup } from './neighbourTable';
import { rowCodes } from './rows';

export interface Council {
  /** The DfE's three-digit LA number (old_la_code). */
  code: string;
  name: string;
  /** The latest time_period with a row for this council in the DfE files read. */
  lastYear?: number;
}

/**
 * Every council named in the files: from the local authority rows of the DfE files (the name of
 * its latest row) and from the neighbour table. Joint rows ("314 / 318") are not councils.
 */
export function councilDirectory(
  tables: readonly (readonly CsvRow[])[],
  groups: ReadonlyMap<string, NeighbourGroup> = new Map(),
): Council[] {
  const byCode = new Map<string, Council>();
  for (const rows of tables) {
    for (const row of rows) {
      if ((row.geographic_level ?? '').trim().toLowerCase() !== 'local authority') continue;
      const codes = rowCodes(row);
      const year = Number(row.time_period);
      if (codes.length !== 1 || !Number.isInteger(year)) continue;
      const code = codes[0]!;
      const known = byCode.get(code);
      if (!known || (known.lastYear ?? 0) < year) byCode.set(code, { code, name: row.la_name!.trim(), lastYear: year });
    }
  }
  for (const group of groups.values()) {
    if (!byCode.has(group.code) && group.name) byCode.set(group.code, { code: group.code, name: group.name });
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const INPUT_PREFIXES = [
  'the ',
  'london borough of ',
  'royal borough of ',
  'metropolitan borough of ',
  'borough of ',
  'city of ',
  'county of ',
];
const SUFFIXES = [
  ' metropolitan borough council',
  ' metropolitan district council',
  ' county borough council',
  ' borough council',
  ' county council',
  ' city council',
  ' district council',
  ' council',
];

function baseKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/,\s*(city|county) of\s*$/, '')
    .replace(/[,\s]+/g, ' ')
    .trim();
}

/** A council name reduced for matching: lower case, "&" as "and", no "London Borough of" or
 * "Council", no ", City of" ("Bristol, City of" and "Bristol City Council" both give "bristol"). */
export function councilKey(name: string, { stripPrefixes = true } = {}): string {
  let key = baseKey(name);
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of stripPrefixes ? INPUT_PREFIXES : []) {
      if (key.startsWith(prefix) && key.length > prefix.length) {
        key = key.slice(prefix.length);
        changed = true;
      }
    }
    for (const suffix of SUFFIXES) {
      if (key.endsWith(suffix) && key.length > suffix.length) {
        key = key.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return key;
}

/**
 * Names officers use that the DfE spells otherwise (keys as councilKey gives them). "Kingston"
 * alone means Kingston upon Thames, the London borough: Hull is "Hull", as its council calls itself.
 */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  hull: 'Kingston upon Hull, City of',
  'kingston upon hull': 'Kingston upon Hull, City of',
  'hull city': 'Kingston upon Hull, City of',
  durham: 'County Durham',
  'durham county': 'County Durham',
  kingston: 'Kingston upon Thames',
  bcp: 'Bournemouth, Christchurch and Poole',
};

/**
 * Councils replaced by others since the DfE's series began, with their successors (keys as
 * councilKey gives them). Sources: the Northamptonshire (Structural Changes) Order 2020; the
 * Cumbria (Structural Changes) Order 2022; the Bournemouth, Dorset and Poole (Structural Changes)
 * Order 2018.
 */
export const SUCCESSORS: Readonly<Record<string, { name: string; successors: readonly string[]; from: string }>> = {
  northamptonshire: { name: 'Northamptonshire', successors: ['North Northamptonshire', 'West Northamptonshire'], from: 'April 2021' },
  cumbria: { name: 'Cumbria', successors: ['Cumberland', 'Westmorland and Furness'], from: 'April 2023' },
  poole: { name: 'Poole', successors: ['Bournemouth, Christchurch and Poole'], from: 'April 2019' },
  bournemouth: { name: 'Bournemouth', successors: ['Bournemouth, Christchurch and Poole'], from: 'April 2019' },
};

export type CouncilMatch =
  | { ok: true; council: Council; notice?: string }
  | { ok: false; message: string; suggestions: string[] };

function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * The council an officer named, case-insensitively, also as "London Borough of Croydon" or
 * "Croydon Council", or by a common short name ("Hull", "Durham", "Kingston"). When two councils
 * share a name (Dorset before and after 2019), the one with the latest figures. A council that
 * has been replaced by one council ("Poole") is read as that council, with a notice; one replaced
 * by two or more ("Northamptonshire") is refused, naming its successors; either way
 * `allowAbolished` imports the old council itself, with a notice. Otherwise the nearest names, for "Did you mean".
 */
export function resolveCouncil(
  input: string,
  councils: readonly Council[],
  suggestionCount = 3,
  options: { allowAbolished?: boolean } = {},
): CouncilMatch {
  const latest = (list: Council[]) => list.sort((a, b) => (b.lastYear ?? 0) - (a.lastYear ?? 0))[0];
  const wanted = councilKey(input);
  const replaced = SUCCESSORS[wanted];
  // One successor (Poole, Bournemouth): the officer means the council that took its place.
  const only = replaced && !options.allowAbolished && replaced.successors.length === 1 ? councils.filter((council) => council.name === replaced.successors[0]) : [];
  if (replaced && only.length) {
    return {
      ok: true,
      council: latest(only)!,
      notice: `"${input}" read as ${replaced.successors[0]}, which replaced ${replaced.name} in ${replaced.from}. For the old council's figures before then, add --abolished.`,
    };
  }
  if (replaced && !options.allowAbolished) {
    const which = replaced.successors.length > 1 ? `Give one of them: --la ${quotedList(replaced.successors)}` : `Give --la ${quotedList(replaced.successors)}`;
    return {
      ok: false,
      suggestions: [...replaced.successors],
      message: `${replaced.name} was replaced in ${replaced.from} by ${replaced.successors.join(' and ')}. ${which}; or, for the old council's figures before then, add --abolished.`,
    };
  }
  const notice = replaced ? `${replaced.name} was replaced in ${replaced.from} by ${replaced.successors.join(' and ')}: its figures stop then.` : undefined;
  const exact = councils.filter((council) => council.name.trim().toLowerCase() === input.trim().toLowerCase());
  if (exact.length) return { ok: true, council: latest(exact)!, ...(notice ? { notice } : {}) };
  const keyed = councils.filter((council) => councilKey(council.name, { stripPrefixes: false }) === wanted);
  if (keyed.length && wanted) return { ok: true, council: latest(keyed)!, ...(notice ? { notice } : {}) };
  const named = SHORT_NAMES[wanted];
  const aliased = named ? councils.filter((council) => council.name === named) : [];
  if (aliased.length) return { ok: true, council: latest(aliased)!, notice: `"${input}" read as ${named}.` };
  const names = [...new Set(councils.map((council) => council.name))];
  const suggestions = nearestMany(wanted || input, names, suggestionCount);
  return {
    ok: false,
    suggestions,
    message: `Unknown council "${input}".${suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : ''}`,
  };
}
