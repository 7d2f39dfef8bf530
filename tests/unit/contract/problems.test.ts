import { describe, expect, it } from 'vitest';
import { describeProblem, formatProblem, printable, type Problem } from '../../../src/domain/contract/problems';

describe('messages carry no raw control characters', () => {
  it('printable names them', () => {
    expect(printable('a\u0000b\u001b[31m\u2028')).toBe('a[NUL]b[escape][31m[line separator]');
    expect(printable('x\u0007y\u0090')).toBe('x[control character U+0007]y[control character U+0090]');
    expect(printable('plain £ text – “quoted”')).toBe('plain £ text – “quoted”');
  });

  it('printable names the characters an officer cannot see, as they would look them up', () => {
    expect(printable('"CP5\u200b"')).toBe('"CP5[zero-width space]"');
    expect(printable('\u202eevil\u202c')).toBe('[right-to-left override]evil[pop directional formatting]');
    expect(printable('CP5\u00a0')).toBe('CP5[no-break space]');
    expect(printable('a\tb\nc\ufeff')).toBe('a[tab]b[line break]c[zero-width no-break space (byte-order mark)]');
    expect(printable('x\u2061y')).toBe('x[invisible character U+2061]y');
  });

  it('a problem whose key holds a NUL and an escape prints them escaped', () => {
    const problem: Problem = { severity: 'error', code: 'unknown-key', file: 'snapshots/2017-12.json', path: ['va\u0000lue'], line: 3, column: 5, message: 'Unknown key "va\u0000lue"', found: '"\u001b[2J"' };
    const line = formatProblem(problem, 'data');
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u001f]/);
    expect(line).toContain('[NUL]');
    expect(describeProblem(problem)).toContain('found "[escape][2J"');
  });

  it('a suggestion in words reads as "Try", a name as "Did you mean"', () => {
    const base: Problem = { severity: 'warning', code: 'unread-file', file: 'x', message: 'M' };
    expect(describeProblem({ ...base, suggestion: 'renaming it' })).toBe('M. Try renaming it.');
    expect(describeProblem({ ...base, suggestion: '"CP5"' })).toBe('M. Did you mean "CP5"?');
  });
});

describe('problemLines', () => {
  it('lists a problem alike in many files in its first three, then one note counting the rest', async () => {
    const { problemLines } = await import('../../../src/domain/contract/problemFolding');
    const alike = Array.from({ length: 12 }, (_, index) => ({
      severity: 'warning' as const,
      code: 'provisional-old',
      file: `snapshots/2018-${String(index + 1).padStart(2, '0')}.json`,
      line: 1,
      column: 1,
      message: 'Still provisional',
    }));
    const lines = problemLines(alike as never, 'data');
    expect(lines.filter((entry) => / warning: /.test(entry.line))).toHaveLength(3);
    const notes = lines.filter((entry) => / note: /.test(entry.line));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.line).toMatch(/9/);
    expect(lines.every((entry) => entry.severity === 'warning')).toBe(true);
  });
});
