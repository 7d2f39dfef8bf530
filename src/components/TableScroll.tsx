import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen rather than widening the page; focusable so
 * keyboard users can scroll it. On paper it never scrolls.
 */
export function TableScroll({ label, labelledBy, className, children }: { label?: string; labelledBy?: string; className?: string; children: ReactNode }) {
  return (
    <div className={`table-scroll${className ? ` ${className}` : ''}`} tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
