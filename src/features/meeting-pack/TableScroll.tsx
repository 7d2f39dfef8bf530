import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen rather than widening the page; focusable so
 * keyboard users can scroll it, as elsewhere in the dashboard. On paper it never scrolls.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll pack-table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
