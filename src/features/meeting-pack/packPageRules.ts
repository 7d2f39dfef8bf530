// The printed page's footer. Each sheet-starting part prints on its own named page (CSS `page`;
// present/packPlacement.ts names them), so every sheet of it, not only the first, carries its
// reference ("CP5 · Nov 2017") and the month in the footer, with the page number.

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
