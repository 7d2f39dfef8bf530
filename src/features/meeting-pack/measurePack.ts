// The pack measured in its print layout, for the page plan (present/packLayout.ts). Chromium has
// no target-counter(), and a page cannot see its own printed layout, so for one synchronous moment
// (no frame is painted in between) every @media rule is switched to what it is on paper (print
// rules on; rules for screens narrower than the page off), the pack is set to the A4 text width,
// and each section's unbreakable blocks are read; then everything is put back.
import { A4_TEXT_HEIGHT_PX, type PackBlock, type PackSectionBox } from '../../domain/present/packLayout';

/** A4 portrait less 15 mm margins: 180 mm, in CSS pixels. */
const PAPER_WIDTH = '180mm';
const PAPER_WIDTH_PX = (180 / 25.4) * 96;

/** What a media query is on an A4 page; undefined for one that does not depend on it (reduced motion). */
export function mediaOnPaper(text: string): boolean | undefined {
  if (/\bprint\b/.test(text)) return true;
  if (/\bscreen\b/.test(text)) return false;
  const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(text);
  if (max) return PAPER_WIDTH_PX <= Number(max[1]);
  const min = /min-width:\s*(\d+(?:\.\d+)?)px/.exec(text);
  if (min) return PAPER_WIDTH_PX >= Number(min[1]);
  return undefined;
}

function withPaperRules<T>(measure: () => T): T {
  if (typeof CSSMediaRule === 'undefined') return measure();
  const changed: { media: MediaList; text: string }[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const media = rule.media;
      const onPaper = mediaOnPaper(media.mediaText);
      if (onPaper === undefined) continue;
      changed.push({ media, text: media.mediaText });
      media.mediaText = onPaper ? 'all' : 'not all';
    }
  }
  try {
    return measure();
  } finally {
    for (const { media, text } of changed) media.mediaText = text;
  }
}

const isInline = (display: string) => display.startsWith('inline') || display === 'none';

/** The element's blocks that a page break will not cut (or that have nothing inside to cut between). */
function collect(element: Element, origin: number, out: PackBlock[]) {
  for (const child of Array.from(element.children)) {
    const style = getComputedStyle(child);
    if (style.display === 'none' || style.position === 'absolute' || style.position === 'fixed') continue;
    const rect = child.getBoundingClientRect();
    if (rect.height === 0) continue;
    const keepWithNext = style.breakAfter === 'avoid' || style.breakAfter === 'avoid-page';
    const whole = (style.breakInside === 'avoid' || style.breakInside === 'avoid-page') && rect.height <= A4_TEXT_HEIGHT_PX;
    const leaf = style.display === 'table-row' || Array.from(child.children).every((grandchild) => isInline(getComputedStyle(grandchild).display));
    if (whole || leaf) out.push({ top: rect.top - origin, bottom: rect.bottom - origin, keepWithNext });
    else collect(child, origin, out);
  }
}

/** Every section of the pack (marked data-pack-section), as laid out on A4; undefined where nothing is laid out (no layout engine). */
export function measurePack(pack: HTMLElement): PackSectionBox[] | undefined {
  const { scrollX, scrollY } = window;
  const width = pack.style.width;
  try {
    const sections = withPaperRules(() => {
      pack.style.width = PAPER_WIDTH;
      return Array.from(pack.querySelectorAll<HTMLElement>('[data-pack-section]')).map((section) => {
        const box = section.getBoundingClientRect();
        const blocks: PackBlock[] = [];
        collect(section, box.top, blocks);
        return { id: section.dataset.packSection!, height: box.height, blocks, startsSheet: section.dataset.packFlows === undefined, pairable: section.dataset.packPairable !== undefined };
      });
    });
    return sections.some((section) => section.height > 0) ? sections : undefined;
  } finally {
    pack.style.width = width;
    if (window.scrollX !== scrollX || window.scrollY !== scrollY) window.scrollTo(scrollX, scrollY);
  }
}
