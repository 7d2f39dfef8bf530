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
// Two pairable sections (priority indicators) share a sheet when both fit on it together, so no
// sheet is left half empty where a second indicator would fit.
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
  /** Starts a new sheet (unless it is paired with the section before). */
  startsSheet: boolean;
  /** May share a sheet with the pairable section before it. */
  pairable?: boolean;
}

export interface PlannedSection {
  id: string;
  /** The printed page its first block falls on, from 1. */
  page: number;
  /** True when it shares the sheet of the (pairable) section before it. */
  paired: boolean;
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
 * Lay the sections onto pages. `pairGap` is the space the second of a pair has above it on the
 * shared sheet; `slack` is kept free at the foot of every page so that a block which only just
 * fits by the measurement is not sent over by a rounding in the browser's layout.
 */
export function planPack(sections: readonly PackSectionBox[], pageHeight = A4_TEXT_HEIGHT_PX, { pairGap = 0, slack = 0 } = {}): PackPlan {
  const height = pageHeight - slack;
  const fitsOneSheet = (section: PackSectionBox) => section.height <= height;
  const planned: PlannedSection[] = [];
  let page = 1;
  let used = 0;
  sections.forEach((section, index) => {
    const previous = sections[index - 1];
    const previousPlan = planned[index - 1];
    const paired =
      section.startsSheet &&
      Boolean(section.pairable && previous?.pairable && previousPlan && !previousPlan.paired && previous.startsSheet) &&
      fitsOneSheet(section) &&
      fitsOneSheet(previous!) &&
      used + pairGap + section.height <= height;
    if (index > 0) {
      if (section.startsSheet && !paired) {
        page += 1;
        used = 0;
      } else if (paired) used += pairGap;
    }
    // The section's top, in the coordinates of the current page (negative once it runs on).
    let origin = used;
    let firstPage: number | undefined;
    for (const block of keepTogether(section.blocks)) {
      if (origin + block.bottom > height && block.bottom - block.top <= height && origin + block.top > 0.5) {
        // The block moves whole to the next page, and the rest of the section with it.
        origin = -block.top;
        page += 1;
      }
      firstPage ??= page;
      // A block taller than a page is cut, and runs on.
      while (origin + block.bottom > height + 0.5) {
        origin -= height;
        page += 1;
      }
    }
    used = origin + section.height;
    while (used > height + 0.5) {
      used -= height;
      page += 1;
    }
    planned.push({ id: section.id, page: firstPage ?? page, paired });
  });
  return { sections: planned, pages: sections.length === 0 ? 0 : page };
}
