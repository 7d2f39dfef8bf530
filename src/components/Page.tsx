import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { formatMonth } from '../domain/months';

let firstPageShown = false;

/** The dashboard's name, for the document title: the layout gives the site's own (site.json). */
export const DEFAULT_SITE_TITLE = 'Children’s Improvement Dashboard';
export const SiteTitleContext = createContext(DEFAULT_SITE_TITLE);

/** Set by the build's server rendering to learn each page's title (effects do not run there). */
export const DocumentTitleContext = createContext<((title: string) => void) | undefined>(undefined);

// How the reader last moved: a key press, or a pointer (mouse, touch, pen). Browsers differ on
// whether focus moved by script "is visible", so the page asks this instead: the heading shows a
// focus style only when the keyboard brought the reader to it (conventions: focus is for keyboards).
let lastInput: 'keyboard' | 'pointer' = 'pointer';
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', (event) => {
    if (!event.metaKey && !event.ctrlKey && !event.altKey) lastInput = 'keyboard';
  }, true);
  document.addEventListener('pointerdown', () => {
    lastInput = 'pointer';
  }, true);
}

/**
 * A page: its h1, and a document title naming the page and the month. After the first page,
 * focus moves to the h1 on navigation so screen-reader users hear where they are.
 */
export function Page({ title, month, lead, children }: { title: string; month?: string; lead?: ReactNode; children: ReactNode }) {
  const siteTitle = useContext(SiteTitleContext);
  const heading = useRef<HTMLHeadingElement>(null);
  const fullTitle = [title, month ? formatMonth(month) : undefined, siteTitle].filter(Boolean).join(' – ');
  useContext(DocumentTitleContext)?.(fullTitle);
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
  useEffect(() => {
    const element = heading.current;
    if (firstPageShown && element) {
      element.dataset.focusBy = lastInput;
      element.focus({ preventScroll: false });
    }
    firstPageShown = true;
  }, [title]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
        {/* The space inside the month's text: drawn at publication, a space of its own between
            React's markers is left out of the heading's accessible name ("OverviewMar 2019"). */}
        {month && <span className="heading-month">{` ${formatMonth(month)}`}</span>}
      </h1>
      {lead && <div className="lead">{lead}</div>}
      {children}
    </>
  );
}
