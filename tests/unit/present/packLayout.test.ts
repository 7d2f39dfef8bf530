import { describe, expect, it } from 'vitest';
import { A4_TEXT_HEIGHT_PX, keepTogether, planPack, type PackSectionBox } from '../../../src/domain/present/packLayout';

/** A section of blocks, each [top, bottom], its height the last block's bottom. */
function section(id: string, blocks: [number, number][], options: Partial<PackSectionBox> = {}): PackSectionBox {
  return { id, height: blocks.at(-1)?.[1] ?? 0, blocks: blocks.map(([top, bottom]) => ({ top, bottom })), startsSheet: true, ...options };
}
const pages = (plan: ReturnType<typeof planPack>) => plan.sections.map((entry) => entry.page);

describe('planPack', () => {
  it('starts each sheet-starting section on a new page, one page each when it fits', () => {
    const plan = planPack([section('cover', [[0, 500]]), section('glance', [[0, 900]]), section('summary', [[0, 100]])], 1000);
    expect(pages(plan)).toEqual([1, 2, 3]);
    expect(plan.pages).toBe(3);
  });

  it('moves a block that does not fit to the next page, and the rest of the section with it', () => {
    // 600 + 500 does not fit 1000: the second block starts page 2 and runs to 500; the third ends at 900.
    const plan = planPack([section('summary', [[0, 600], [620, 1120], [1130, 1530]]), section('next', [[0, 10]])], 1000);
    expect(plan.pages).toBe(3);
    expect(pages(plan)).toEqual([1, 3]);
  });

  it('cuts a block taller than a page across pages', () => {
    const plan = planPack([section('long', [[0, 2500]]), section('after', [[0, 10]])], 1000);
    expect(pages(plan)).toEqual([1, 4]);
  });

  it('lets a section that does not start a sheet follow on the same page when it fits there whole, and starts a page for it when not', () => {
    const flows = [section('exceptions', [[0, 400]]), section('changes', [[0, 300]], { startsSheet: false }), section('questions', [[0, 100], [110, 500]], { startsSheet: false })];
    const plan = planPack(flows, 1000);
    // Questions' first block would fit after 700, but the whole section would not: it starts page 2.
    expect(plan.sections.map((entry) => [entry.id, entry.page, entry.shares])).toEqual([['exceptions', 1, false], ['changes', 1, true], ['questions', 2, false]]);
    expect(plan.pages).toBe(2);
  });

  it('counts the gap above a section that shares a page', () => {
    const flows = [section('a', [[0, 700]]), section('b', [[0, 280]], { startsSheet: false })];
    expect(planPack(flows, 1000).sections[1]).toMatchObject({ page: 1, shares: true });
    expect(planPack(flows, 1000, { gap: 30 }).sections[1]).toMatchObject({ page: 2, shares: false });
  });

  it('keeps a heading with the block after it', () => {
    expect(keepTogether([{ top: 0, bottom: 30, keepWithNext: true }, { top: 40, bottom: 400 }, { top: 410, bottom: 420 }])).toEqual([{ top: 0, bottom: 400 }, { top: 410, bottom: 420 }]);
    // The heading at 920 would fit page 1, but its table would not: both go to page 2, so the
    // section ends 380 down page 2 (not 330), and a 650-high section after it needs page 3.
    const long: PackSectionBox = { id: 'long', height: 1300, startsSheet: true, blocks: [{ top: 0, bottom: 400 }, { top: 920, bottom: 960, keepWithNext: true }, { top: 970, bottom: 1300 }] };
    const plan = planPack([long, section('after', [[0, 650]], { startsSheet: false })], 1000);
    expect(pages(plan)).toEqual([1, 3]);
  });

  it('pairs two pairable sections on one sheet when both fit, never three', () => {
    const indicator = (id: string, height: number) => section(id, [[0, height]], { pairable: true });
    const plan = planPack([section('front', [[0, 100]]), indicator('A', 450), indicator('B', 450), indicator('C', 450), indicator('D', 450), indicator('E', 450)], 1000, { gap: 50 });
    expect(plan.sections.map((entry) => [entry.id, entry.page, entry.shares])).toEqual([
      ['front', 1, false], ['A', 2, false], ['B', 2, true], ['C', 3, false], ['D', 3, true], ['E', 4, false],
    ]);
    expect(plan.pages).toBe(4);
  });

  it('does not pair sections that do not fit together, or a section that is not pairable', () => {
    const plan = planPack([section('A', [[0, 600]], { pairable: true }), section('B', [[0, 450]], { pairable: true }), section('C', [[0, 300]], { pairable: true }), section('W', [[0, 100]])], 1000, { gap: 50 });
    expect(plan.sections.map((entry) => [entry.id, entry.page, entry.shares])).toEqual([['A', 1, false], ['B', 2, false], ['C', 2, true], ['W', 3, false]]);
  });

  it('keeps a slack at the foot of each page', () => {
    expect(planPack([section('A', [[0, 500]], { pairable: true }), section('B', [[0, 480]], { pairable: true })], 1000, { slack: 30 }).pages).toBe(2);
    expect(planPack([section('A', [[0, 500]], { pairable: true }), section('B', [[0, 480]], { pairable: true })], 1000).pages).toBe(1);
  });

  it('has no pages for no sections, and an A4 text height of 267 mm', () => {
    expect(planPack([])).toEqual({ sections: [], pages: 0 });
    expect(Math.round(A4_TEXT_HEIGHT_PX)).toBe(1009);
  });
});
