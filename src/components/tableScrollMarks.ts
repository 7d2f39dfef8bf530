// What a scrolling table looks like when it scrolls, in plain DOM terms, for the two places that
// decide it: TableScroll (after it has measured) and, on a page drawn at publication, the page's
// first script before the first paint (markScrollingTables, from src/main.tsx), so that the cue is there
// from the start instead of pushing the table down a line when the app arrives. Free of React.

/** The attribute naming each scroll box (its React id), so its first render can read what was marked. */
export const TABLE_SCROLL_MARK = 'data-table-scroll';
export const OVERFLOWS_CLASS = 'table-scroll-overflows';
export const CUE_CLASS = 'table-scroll-cue';
export const CUE_TEXT = 'Scroll sideways to see every column ';
export const CUE_ARROW = '→';

/** Whether the box is narrower than its table: it scrolls sideways. */
export function scrollsSideways(box: Element): boolean {
  return box.scrollWidth > box.clientWidth + 1;
}

/** The scroll box's class: `table-scroll`, the overflow class when it scrolls, then its own. */
export function tableScrollClass(overflows: boolean, className?: string): string {
  return ['table-scroll', overflows ? OVERFLOWS_CLASS : '', className ?? ''].filter(Boolean).join(' ');
}

/** Whether the box with this id was marked as scrolling before the app started (false where there is no document). */
export function markedAsScrolling(id: string): boolean {
  if (typeof document === 'undefined') return false;
  for (const box of document.querySelectorAll(`[${TABLE_SCROLL_MARK}]`)) {
    if (box.getAttribute(TABLE_SCROLL_MARK) === id) return box.classList.contains(OVERFLOWS_CLASS);
  }
  return false;
}

/** Mark one scroll box as scrolling: its class, and the cue before it, as TableScroll renders them. */
export function markAsScrolling(box: Element): void {
  if (box.classList.contains(OVERFLOWS_CLASS)) return;
  const doc = box.ownerDocument;
  const cue = doc.createElement('p');
  cue.className = CUE_CLASS;
  const arrow = doc.createElement('span');
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = CUE_ARROW;
  cue.append(CUE_TEXT, arrow);
  box.before(cue);
  const own = [...box.classList].filter((name) => name !== 'table-scroll').join(' ');
  box.className = tableScrollClass(true, own || undefined);
}

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
