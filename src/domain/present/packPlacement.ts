// Where each part of the meeting pack prints: on which named page (one per sheet-starting part,
// shared by the parts that flow on after it and by the second indicator of a pair, so each sheet's
// footer carries its reference), whether it shares the sheet of the part before, and the contents
// with the page each starts on. From the page plan (packLayout.ts) once the pack has measured
// itself; before that (a page drawn at publication) the short parts flow on and no indicators pair.
import type { PackPlan } from './packLayout';

export interface PackPart {
  id: string;
  /** The id of its heading: the contents link to it on screen. */
  target: string;
  /** "CP5 · Nov 2017", at the top of the part and in its sheets' footer. */
  reference: string;
  /** Its line in the contents; none for the cover. */
  title?: string;
  /** May follow the part before on its sheet, where it fits whole. */
  flows?: boolean;
  /** A priority indicator: may share a sheet with the one before. */
  pairable?: boolean;
}

export interface PackPlacement {
  /** One named @page per sheet-starting part, with the reference its footer prints. */
  pages: { name: string; reference: string }[];
  placing: Record<string, { pageName: string; shares: boolean }>;
  contents: { target: string; reference: string; title: string; page?: number }[];
  /** Whether the contents give page numbers (the pack has measured itself). */
  numbered: boolean;
}

export function placePack(parts: readonly PackPart[], plan: PackPlan | undefined): PackPlacement {
  const planned = (id: string) => plan?.sections.find((section) => section.id === id);
  const pages: PackPlacement['pages'] = [];
  const placing: PackPlacement['placing'] = {};
  let sheet: PackPlacement['pages'][number] | undefined;
  for (const part of parts) {
    const shares = plan ? (planned(part.id)?.shares ?? false) : (part.flows ?? false);
    if (!sheet || !shares) {
      sheet = { name: `pack-${part.id}`, reference: part.reference };
      pages.push(sheet);
    } else if (part.pairable) {
      // A pair of indicators: the sheet's footer carries both references.
      sheet.reference = `${sheet.reference.split(' · ')[0]} and ${part.reference}`;
    }
    placing[part.id] = { pageName: sheet.name, shares };
  }
  const contents = parts.flatMap((part) => {
    const page = planned(part.id)?.page;
    return part.title === undefined ? [] : [{ target: part.target, reference: part.reference, title: part.title, ...(page !== undefined ? { page } : {}) }];
  });
  return { pages, placing, contents, numbered: contents.some((entry) => entry.page !== undefined) };
}
