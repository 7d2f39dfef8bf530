import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen rather than widening the page; focusable so
 * keyboard users can scroll it. When it does scroll, it says so above the table, its right edge
 * is shaded, and its first column stays in view. On paper it never scrolls.
 */
export function TableScroll({ label, labelledBy, className, children }: { label?: string; labelledBy?: string; className?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = box.current;
    // jsdom has no ResizeObserver (and no layout): there the table never scrolls.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflows && (
        <p className="table-scroll-cue">
          Scroll sideways to see every column <span aria-hidden="true">→</span>
        </p>
      )}
      <div ref={box} className={['table-scroll', overflows ? 'table-scroll-overflows' : '', className ?? ''].filter(Boolean).join(' ')} tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
        {children}
      </div>
    </>
  );
}
