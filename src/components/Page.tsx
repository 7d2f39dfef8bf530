import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useReadyDataset } from '../data/datasetContext';
import { formatMonth } from '../domain/months';

let firstPageShown = false;

/** Set by the build's server rendering to learn each page's title (effects do not run there). */
export const DocumentTitleContext = createContext<((title: string) => void) | undefined>(undefined);

/**
 * A page: its h1, and a document title naming the page and the month. After the first page,
 * focus moves to the h1 on navigation so screen-reader users hear where they are.
 */
export function Page({ title, month, lead, children }: { title: string; month?: string; lead?: ReactNode; children: ReactNode }) {
  const { dataset } = useReadyDataset();
  const heading = useRef<HTMLHeadingElement>(null);
  const siteTitle = dataset.site?.title ?? 'Children’s Improvement Dashboard';
  const fullTitle = [title, month ? formatMonth(month) : undefined, siteTitle].filter(Boolean).join(' – ');
  useContext(DocumentTitleContext)?.(fullTitle);
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, [title]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
        {month && <span className="heading-month"> {formatMonth(month)}</span>}
      </h1>
      {lead && <div className="lead">{lead}</div>}
      {children}
    </>
  );
}
