// The meeting pack's page plan: on which printed page each section starts, so the contents can
// give page numbers, and which indicator sections share a sheet. Chromium cannot number pages in
// the document itself (no `target-counter()`), so the pack measures itself in its print layout
// (meeting-pack/measurePack.ts: every section's unbreakable blocks, at the A4 text width) and this
// function lays those blocks onto A4 sheets the way the browser's page breaking does:
//   - a section that starts a sheet begins on a new page (CSS `break-before: page`);
//   - a block that does not fit on what is left of the page moves, whole, to the next page
//     (`break-inside: avoid` on charts, tables, rows, list items, paragraphs), and everything
//     after it moves with it; a block taller than a page is cut across pages;
//   - a heading stays with the block after it (`break-after: avoid`).
// A section that flows on after another shares its page only when it fits there whole, and two
// pairable sections (priority indicators) share a sheet when both fit on it together, so no sheet
// is left half empty where a second indicator would fit.
export interface PackBlock {
  /** From the top of its section, in CSS pixels. */
  top: number;
  bottom: number;
  /** A heading: kept on the page of the block after it. */
  keepWithNext?: boolean;
}

export interface PackSectionBox {
  id: string;
  /** The section's whole height, from its top to the end of its last block. */
  height: number;
  blocks: readonly PackBlock[];
  /** Starts a new sheet: the cover, the glance, the summary, the exceptions, the workstreams, the survey. */
  startsSheet: boolean;
  /** A priority indicator: may share the sheet of the indicator before, when both fit on it. */
  pairable?: boolean;
}

export interface PlannedSection {
  id: string;
  /** The printed page its first block falls on, from 1. */
  page: number;
  /** Shares the sheet of the section before it (printed with no page break before it). */
  shares: boolean;
}

export interface PackPlan {
  sections: PlannedSection[];
  pages: number;
}

/** A4 portrait, 297 mm, less 15 mm margins top and bottom: 267 mm of text, in CSS pixels (96 to the inch). */
export const A4_TEXT_HEIGHT_PX = (267 / 25.4) * 96;

/** Headings merged with the block they are kept with. */
export function keepTogether(blocks: readonly PackBlock[]): PackBlock[] {
  const merged: PackBlock[] = [];
  let pending: PackBlock | undefined;
  for (const block of [...blocks].sort((a, b) => a.top - b.top)) {
    const current = pending ? { top: pending.top, bottom: Math.max(pending.bottom, block.bottom), keepWithNext: block.keepWithNext } : block;
    if (current.keepWithNext) pending = current;
    else {
      merged.push({ top: current.top, bottom: current.bottom });
      pending = undefined;
    }
  }
  if (pending) merged.push({ top: pending.top, bottom: pending.bottom });
  return merged;
}

/**
 * Lay the sections onto pages. A section that does not start a sheet (one that flows on after the
 * one before) shares the page only when it fits there whole, and a pairable section shares the
 * sheet of a pairable one that fills a sheet alone; otherwise each starts a new page. So a page
 * breaks inside a section only where the section itself is longer than what is left, and every
 * section listed in the contents starts either at the top of a page or whole on a page, where the
 * browser's own page breaking cannot move its heading elsewhere. `gap` is the space above a
 * section that shares a page (meetingPack.css); `slack` is kept free at the foot of a shared page,
 * for roundings in the browser's layout.
 */
export function planPack(sections: readonly PackSectionBox[], pageHeight = A4_TEXT_HEIGHT_PX, { gap = 0, slack = 0 } = {}): PackPlan {
  const planned: PlannedSection[] = [];
  let page = 1;
  let used = 0;
  // The page the section before started on, and whether it was a pairable one alone on its sheet.
  let previousAlone = false;
  sections.forEach((section, index) => {
    const fitsHere = index > 0 && used + gap + section.height <= pageHeight - slack;
    const pairs = Boolean(section.pairable) && previousAlone && sections[index - 1]?.pairable === true;
    const shares = fitsHere && (!section.startsSheet || pairs);
    if (index > 0) {
      if (shares) used += gap;
      else {
        page += 1;
        used = 0;
      }
    }
    // The section's top, in the coordinates of the current page (negative once it runs on).
    let origin = used;
    const startPage = page;
    let firstPage: number | undefined;
    for (const block of keepTogether(section.blocks)) {
      if (origin + block.bottom > pageHeight && block.bottom - block.top <= pageHeight && origin + block.top > 0.5) {
        // The block moves whole to the next page, and the rest of the section with it.
        origin = -block.top;
        page += 1;
      }
      firstPage ??= page;
      // A block taller than a page is cut, and runs on.
      while (origin + block.bottom > pageHeight + 0.5) {
        origin -= pageHeight;
        page += 1;
      }
    }
    used = origin + section.height;
    while (used > pageHeight + 0.5) {
      used -= pageHeight;
      page += 1;
    }
    previousAlone = Boolean(section.pairable) && !shares && page === startPage;
    planned.push({ id: section.id, page: firstPage ?? startPage, shares });
  });
  return { sections: planned, pages: sections.length === 0 ? 0 : page };
}
