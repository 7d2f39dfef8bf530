// The statistical neighbour model named (scripts/dfe/neighbourTable.ts): benchmark-mapping.json's
// "neighbours" takes a model's year or, as before, a neighbour table's file name, and the importer
// writes the model's name into comparators.json, where the pages read it.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { neighbourModelOf } from '../../../scripts/dfe/neighbourTable';
import { run } from '../../../scripts/importBenchmarks';
import type { ComparatorsFile } from '../../../src/domain/schema';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dfe = path.join(repoRoot, 'tests/fixtures/dfe');
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('neighbourModelOf', () => {
  it('a year names a model; so does its file; no choice is the 2025 model', () => {
    const model2021 = { name: 'DfE statistical neighbour model, April 2021', year: 2021, file: 'New_Statistical_Neighbour_Groupings_April_2021.csv' };
    expect(neighbourModelOf('2021')).toEqual(model2021);
    expect(neighbourModelOf('New_Statistical_Neighbour_Groupings_April_2021.csv')).toEqual(model2021);
    expect(neighbourModelOf(undefined)).toEqual({ name: 'DfE statistical neighbour model, 2025', year: 2025, file: 'sn_model_2025_wide.csv' });
    expect(neighbourModelOf(' 2025 ')?.file).toBe('sn_model_2025_wide.csv');
  });

  it('another file is named by its file; a year that is no model is refused', () => {
    expect(neighbourModelOf('my_neighbours.csv')).toEqual({ name: 'statistical neighbour table my_neighbours.csv', file: 'my_neighbours.csv' });
    expect(neighbourModelOf('2030')).toBeUndefined();
  });
});

function folderWith(neighbours: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'neighbour-model-'));
  folders.push(root);
  const data = path.join(root, 'data');
  mkdirSync(data);
  const mapping = JSON.parse(readFileSync(path.join(repoRoot, 'data/benchmark-mapping.json'), 'utf8')) as { neighbours?: string };
  writeFileSync(path.join(data, 'benchmark-mapping.json'), JSON.stringify({ ...mapping, neighbours }, null, 2));
  copyFileSync(path.join(repoRoot, 'data/indicators.json'), path.join(data, 'indicators.json'));
  return data;
}

function importInto(data: string) {
  const err: string[] = [];
  const code = run(['--la', 'Croydon', '--from', dfe, '--data', data], { cwd: path.dirname(data), out: () => {}, err: (line) => err.push(line) });
  return { code, err: err.join('\n') };
}

describe('the importer names the model in comparators.json', () => {
  it('"neighbours": "2021" reads the April 2021 groupings and says so', () => {
    const data = folderWith('2021');
    expect(importInto(data).code).toBe(0);
    const file = JSON.parse(readFileSync(path.join(data, 'comparators.json'), 'utf8')) as ComparatorsFile;
    expect(file.neighbourModel).toEqual({ name: 'DfE statistical neighbour model, April 2021', year: 2021, file: 'New_Statistical_Neighbour_Groupings_April_2021.csv' });
    expect(file.source).toMatch(/statistical neighbours: New_Statistical_Neighbour_Groupings_April_2021\.csv$/);
    // The 2021 groupings list Croydon's neighbours otherwise than the 2025 model (Lewisham first there).
    expect(file.neighbours[0]).not.toBe('Lewisham');
  });

  it('a year that is no model: exit 1, naming the models', () => {
    const data = folderWith('2030');
    const result = importInto(data);
    expect(result.code).toBe(1);
    expect(result.err).toContain('no DfE statistical neighbour model "2030"; give "2025" or "2021", or the file name of a neighbour table');
  });
});
