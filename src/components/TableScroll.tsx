import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { CUE_ARROW, CUE_CLASS, CUE_TEXT, markedAsScrolling, scrollsSideways, TABLE_SCROLL_MARK, tableScrollClass } from './tableScrollMarks';

/**
 * A table that scrolls sideways on a narrow screen rather than widening the page; focusable so
 * keyboard users can scroll it. When it does scroll, it says so above the table, its right edge
 * is shaded, and its first column stays in view. On paper it never scrolls. On a page drawn at
 * publication the page's first script has already measured it (tableScrollMarks.ts): its first
 * render starts from what that found, so hydration matches and nothing moves.
 */
export function TableScroll({ label, labelledBy, className, children }: { label?: string; labelledBy?: string; className?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const id = useId();
  const [overflows, setOverflows] = useState(() => markedAsScrolling(id));
  useEffect(() => {
    const element = box.current;
    // jsdom has no ResizeObserver (and no layout): there the table never scrolls.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(scrollsSideways(element));
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflows && (
        <p className={CUE_CLASS}>
          {CUE_TEXT}
          <span aria-hidden="true">{CUE_ARROW}</span>
        </p>
      )}
      <div ref={box} {...{ [TABLE_SCROLL_MARK]: id }} className={tableScrollClass(overflows, className)} tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
        {children}
      </div>
    </>
  );
}
