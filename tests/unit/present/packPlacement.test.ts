// Where each part of the pack prints: before the pack has measured itself, and from its page plan.
import { describe, expect, it } from 'vitest';
import { placePack, type PackPart } from '../../../src/domain/present/packPlacement';

const parts: PackPart[] = [
  { id: 'cover', target: 'pack-title', reference: 'Cover · Mar 2019' },
  { id: 'glance', target: 'glance-heading', reference: 'Glance · Mar 2019', title: 'At a glance' },
  { id: 'changes', target: 'changes-heading', reference: 'Changes · Mar 2019', title: 'Changes', flows: true },
  { id: 'indicator-CP5', target: 'cp5-heading', reference: 'CP5 · Mar 2019', title: 'ICPC timeliness', pairable: true },
  { id: 'indicator-WF1', target: 'wf1-heading', reference: 'WF1 · Mar 2019', title: 'Vacancy rate', pairable: true },
];

describe('placePack', () => {
  it('before measuring: the short parts flow on after the part before, indicators start their own sheets, no page numbers', () => {
    const placed = placePack(parts, undefined);
    expect(placed.pages).toEqual([
      { name: 'pack-cover', reference: 'Cover · Mar 2019' },
      { name: 'pack-glance', reference: 'Glance · Mar 2019' },
      { name: 'pack-indicator-CP5', reference: 'CP5 · Mar 2019' },
      { name: 'pack-indicator-WF1', reference: 'WF1 · Mar 2019' },
    ]);
    expect(placed.placing.changes).toEqual({ pageName: 'pack-glance', shares: true });
    expect(placed.numbered).toBe(false);
    expect(placed.contents.map((entry) => entry.target)).toEqual(['glance-heading', 'changes-heading', 'cp5-heading', 'wf1-heading']);
    expect(placed.contents[0]).not.toHaveProperty('page');
  });

  it('from the plan: a part that did not fit starts a sheet, two indicators that fit share one and its footer names both', () => {
    const plan = {
      pages: 4,
      sections: [
        { id: 'cover', page: 1, shares: false },
        { id: 'glance', page: 2, shares: false },
        { id: 'changes', page: 3, shares: false },
        { id: 'indicator-CP5', page: 4, shares: false },
        { id: 'indicator-WF1', page: 4, shares: true },
      ],
    };
    const placed = placePack(parts, plan);
    expect(placed.placing.changes).toEqual({ pageName: 'pack-changes', shares: false });
    expect(placed.placing['indicator-WF1']).toEqual({ pageName: 'pack-indicator-CP5', shares: true });
    expect(placed.pages.at(-1)).toEqual({ name: 'pack-indicator-CP5', reference: 'CP5 and WF1 · Mar 2019' });
    expect(placed.numbered).toBe(true);
    expect(placed.contents.map((entry) => entry.page)).toEqual([2, 3, 4, 4]);
  });
});
