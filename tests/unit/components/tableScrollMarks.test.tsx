/** @vitest-environment jsdom */
// A table that scrolls sideways at the reader's width: on a page drawn at publication, the
// page's first script marks it (the cue and the class) before the first paint, and the app then
// hydrates exactly that, with nothing to correct; a table that fits is left as drawn.
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TableScroll } from '../../../src/components/TableScroll';
import { markedAsScrolling, markScrollingTables, TABLE_SCROLL_MARK, tableScrollClass } from '../../../src/components/tableScrollMarks';

const tables = () => (
  <>
    <TableScroll label="Wide">
      <table className="wide"><tbody><tr><td>1</td></tr></tbody></table>
    </TableScroll>
    <TableScroll label="Narrow" className="narrow-box">
      <table className="narrow"><tbody><tr><td>2</td></tr></tbody></table>
    </TableScroll>
  </>
);

/** jsdom has no layout: give each box the widths a browser would. */
function widths(box: Element, scroll: number, client: number) {
  Object.defineProperty(box, 'scrollWidth', { configurable: true, value: scroll });
  Object.defineProperty(box, 'clientWidth', { configurable: true, value: client });
}

afterEach(() => document.body.replaceChildren());

describe('marking scrolling tables before the app starts', () => {
  it('marks only the box that scrolls, and hydration keeps the page as marked, with no mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(tables());
    document.body.append(container);
    const [wide, narrow] = [...container.querySelectorAll(`[${TABLE_SCROLL_MARK}]`)];
    widths(wide!, 900, 400);
    widths(narrow!, 400, 400);

    expect(markScrollingTables(container)).toBe(1);
    expect(container.querySelectorAll('.table-scroll-cue')).toHaveLength(1);
    expect(wide!.previousElementSibling?.textContent).toBe('Scroll sideways to see every column →');
    expect(wide!.className).toBe('table-scroll table-scroll-overflows');
    expect(narrow!.className).toBe('table-scroll narrow-box');
    expect(markedAsScrolling(wide!.getAttribute(TABLE_SCROLL_MARK)!)).toBe(true);
    expect(markedAsScrolling(narrow!.getAttribute(TABLE_SCROLL_MARK)!)).toBe(false);

    const marked = container.innerHTML;
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, tables(), { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(marked);
  });

  it('marks a box once, however often it is asked', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(tables());
    const [wide, narrow] = [...container.querySelectorAll(`[${TABLE_SCROLL_MARK}]`)];
    widths(wide!, 900, 400);
    widths(narrow!, 401, 400);
    markScrollingTables(container);
    markScrollingTables(container);
    expect(container.querySelectorAll('.table-scroll-cue')).toHaveLength(1);
  });

  it('writes the class as TableScroll does', () => {
    expect(tableScrollClass(false)).toBe('table-scroll');
    expect(tableScrollClass(true, 'pack-table')).toBe('table-scroll table-scroll-overflows pack-table');
  });
});
