import { markAsScrolling, scrollsSideways, TABLE_SCROLL_MARK } from '../components/tableScrollMarks';

/**
 * Before the first paint of a page drawn at publication: mark each table that scrolls sideways at
 * this width as TableScroll would once it has measured, so the cue is in place from the first
 * paint and hydration finds what it renders. Returns how many were marked.
 */
export function markScrollingTables(root: Element): number {
  let marked = 0;
  for (const box of root.querySelectorAll(`[${TABLE_SCROLL_MARK}]`)) {
    if (scrollsSideways(box)) {
      markAsScrolling(box);
      marked++;
    }
  }
  return marked;
}
