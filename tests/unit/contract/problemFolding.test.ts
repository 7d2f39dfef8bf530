import { describe, expect, it } from 'vitest';
import { describeFold, foldAlikeProblems } from '../../../src/domain/contract/problemFolding';
import type { Problem } from '../../../src/domain/contract/problems';

const unknown = (file: string): Problem => ({ severity: 'error', code: 'unknown-indicator', file, message: 'No indicator "AS1" in indicators.json', found: '"AS1"' });

describe('foldAlikeProblems', () => {
  it('lists a problem alike in many files three times and counts the rest', () => {
    const problems = ['a', 'b', 'c', 'd', 'e'].map((name) => unknown(`snapshots/${name}.json`));
    const { shown, folded } = foldAlikeProblems(problems);
    expect(shown.map((p) => p.file)).toEqual(['snapshots/a.json', 'snapshots/b.json', 'snapshots/c.json']);
    expect(folded).toHaveLength(1);
    expect(describeFold(folded[0]!)).toBe('the same error in 2 more files: snapshots/d.json to snapshots/e.json');
  });

  it('problems that differ in what was found are not alike', () => {
    const problems = ['a', 'b', 'c', 'd'].map((name) => ({ ...unknown(`snapshots/${name}.json`), found: name }));
    expect(foldAlikeProblems(problems).folded).toEqual([]);
  });
});
