// The build runs the same checks as check-data: for every case of the bad-input corpus, the Vite
// plugin's build step refuses exactly when check-data exits 1, and names the same file.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadCases, prepareCase } from '../../corpus/cases';
import { dashboardData } from '../../../scripts/lib/vitePluginData';

const cases = loadCases();
const made: string[] = [];
afterAll(() => made.forEach((folder) => rmSync(dirname(folder), { recursive: true, force: true })));

function runBuildStart(dir: string): { refused: boolean; message: string; printed: string } {
  const plugin = dashboardData({ dir });
  const lines: string[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
  const warn = vi.spyOn(console, 'warn').mockImplementation((line: string) => void lines.push(line));
  try {
    (plugin.buildStart as (this: unknown) => void).call({
      error: (message: string) => {
        throw new Error(message);
      },
    });
    return { refused: false, message: '', printed: lines.join('\n') };
  } catch (thrown) {
    return { refused: true, message: (thrown as Error).message, printed: lines.join('\n') };
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
}

describe('the build refuses data with errors, as check-data does', () => {
  it.each(cases.map((corpusCase) => [corpusCase.name, corpusCase] as const))('%s', (_name, corpusCase) => {
    const folder = prepareCase(corpusCase);
    made.push(folder);
    const result = runBuildStart(folder);
    expect(result.refused).toBe(corpusCase.exit === 1);
    expect(result.printed).toContain(`${folder}/${corpusCase.file}:`);
    if (result.refused) expect(result.message).toContain('so the site was not built');
  });
});
