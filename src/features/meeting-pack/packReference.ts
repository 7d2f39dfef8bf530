// The pack's page references ("CP5 · Nov 2017", "Summary · Nov 2017") and the printed page's
// footer. Each section prints on its own named page (CSS `page`), so every sheet of it, not
// only the first, carries its reference and the month in the footer, with the page number.
import { formatMonth } from '../../domain/months';

export function packReference(label: string, month: string): string {
  return `${label} · ${formatMonth(month)}`;
}

/** A CSS string literal for `content:` (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

export interface PackPage {
  /** A CSS page name: letters, digits and hyphens only. */
  name: string;
  reference: string;
}

const MARGIN_BOX = 'font-family: system-ui, Arial, sans-serif; font-size: 8pt; color: var(--secondary-text);';

/**
 * One @page rule per section: A4 portrait, 15 mm margins (the same as `@page pack` in
 * styles.css), the pack's title bottom left and "CP5 · Nov 2017 · Page 4 of 15" bottom right.
 */
export function packPageRules(pages: readonly PackPage[], footer: string): string {
  return pages
    .map(
      (page) =>
        `@page ${page.name} { size: A4 portrait; margin: 15mm; ` +
        `@bottom-left { content: ${cssString(footer)}; ${MARGIN_BOX} } ` +
        `@bottom-right { content: ${cssString(`${page.reference} · Page `)} counter(page) " of " counter(pages); ${MARGIN_BOX} } }`,
    )
    .join('\n');
}
