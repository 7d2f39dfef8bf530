// RAG as shared/data-contract.md defines it, case by case at each boundary:
// up:   green when value >= target; amber when amber <= value < target; red below amber.
// down: green when value <= target; amber when target < value <= amber; red above amber.
// Without amber a value is green or red. Neutral, no target in force, or no value: no RAG.
import { describe, expect, it } from 'vitest';
import { ragFor, ragForThreshold } from '../../../src/domain/board/rag';
import type { Indicator } from '../../../src/domain/schema';

const indicator = (fields: Partial<Indicator>): Indicator => ({ id: 'X1', name: 'X', area: 'A', unit: 'percent', polarity: 'up', ...fields });

describe('ragForThreshold: up (higher is better)', () => {
  const threshold = { target: 85, amber: 75 };
  it.each([
    [100, 'green'],
    [85, 'green'],
    [84.9, 'amber'],
    [75, 'amber'],
    [74.9, 'red'],
    [0, 'red'],
  ] as const)('%s against target 85, amber 75 is %s', (value, rag) => {
    expect(ragForThreshold(value, 'up', threshold)).toBe(rag);
  });

  it('without amber, just below the target is red, never amber', () => {
    expect(ragForThreshold(85, 'up', { target: 85 })).toBe('green');
    expect(ragForThreshold(84.9, 'up', { target: 85 })).toBe('red');
  });
});

describe('ragForThreshold: down (lower is better)', () => {
  const threshold = { target: 20, amber: 25 };
  it.each([
    [0, 'green'],
    [20, 'green'],
    [20.1, 'amber'],
    [25, 'amber'],
    [25.1, 'red'],
    [100, 'red'],
  ] as const)('%s against target 20, amber 25 is %s', (value, rag) => {
    expect(ragForThreshold(value, 'down', threshold)).toBe(rag);
  });

  it('without amber, just above the target is red', () => {
    expect(ragForThreshold(20, 'down', { target: 20 })).toBe('green');
    expect(ragForThreshold(20.1, 'down', { target: 20 })).toBe('red');
  });
});

describe('ragFor', () => {
  it('a neutral indicator has no RAG, even with a target written', () => {
    expect(ragFor(indicator({ polarity: 'neutral', target: 10 }), '2018-01', 50)).toBeUndefined();
  });

  it('a null or missing value has no RAG, and is never judged as 0', () => {
    const up = indicator({ target: 85, amber: 75 });
    expect(ragFor(up, '2018-01', null)).toBeUndefined();
    expect(ragFor(up, '2018-01', undefined)).toBeUndefined();
    expect(ragFor(up, '2018-01', 0)).toBe('red');
  });

  it('no target: no RAG', () => {
    expect(ragFor(indicator({}), '2018-01', 50)).toBeUndefined();
    expect(ragFor(indicator({ targets: [] }), '2018-01', 50)).toBeUndefined();
  });

  it('the shorthand target and amber apply to every month', () => {
    const down = indicator({ polarity: 'down', target: 20, amber: 25 });
    expect(ragFor(down, '1999-01', 22)).toBe('amber');
    expect(ragFor(down, '2030-12', 26)).toBe('red');
  });

  it('a target changing mid-year judges each month by the target in force then', () => {
    const up = indicator({ targets: [{ from: '2017-10', target: 60, amber: 50 }, { from: '2018-04', target: 85, amber: 75 }] });
    // Before the first target there is nothing to judge against.
    expect(ragFor(up, '2017-09', 70)).toBeUndefined();
    expect(ragFor(up, '2017-10', 70)).toBe('green');
    expect(ragFor(up, '2018-03', 70)).toBe('green');
    // The same 70 is red from April: below the new amber of 75.
    expect(ragFor(up, '2018-04', 70)).toBe('red');
    expect(ragFor(up, '2018-04', 80)).toBe('amber');
  });

  it('a later target without amber drops the amber band', () => {
    const down = indicator({ polarity: 'down', targets: [{ from: '2018-01', target: 20, amber: 25 }, { from: '2018-06', target: 18 }] });
    expect(ragFor(down, '2018-05', 22)).toBe('amber');
    expect(ragFor(down, '2018-06', 19)).toBe('red');
  });
});
