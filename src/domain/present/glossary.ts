// The words a board member or councillor may not know, in one place: the Glossary page lists
// them, and pages mark the first use of each on the page (<abbr title> for an abbreviation, a link
// to its entry for a phrase). Definitions follow the seed papers and NHS England's Making Data Count.
export interface GlossaryEntry {
  /** The anchor on the Glossary page: /help/glossary#icpc. */
  id: string;
  /** As written on a page. */
  term: string;
  /** An abbreviation's expansion (shown as the title of its <abbr>); undefined for a phrase. */
  expansion?: string;
  definition: string;
  /** How it is found in text: whole words, and for abbreviations, capitals only. */
  pattern: RegExp;
}

const abbreviation = (term: string) => new RegExp(`\\b${term}s?\\b`);
const phrase = (text: string) => new RegExp(`\\b${text.replace(/ /g, '[ -]')}\\b`, 'i');

export const GLOSSARY: readonly GlossaryEntry[] = [
  { id: 'asye', term: 'ASYE', expansion: 'Assessed and supported year in employment', pattern: abbreviation('ASYE'),
    definition: 'The first year of a newly qualified social worker, with a protected caseload, extra supervision and an assessment at the end.' },
  { id: 'assurance', term: 'assurance', pattern: phrase('assurance'),
    definition: 'On an SPC chart, whether the process can be relied on to meet its target: consistently met (the target lies outside the process limits on the good side), consistently missed (outside on the bad side), or hit and miss.' },
  { id: 'cin', term: 'CIN', expansion: 'Child in need', pattern: abbreviation('CIN'),
    definition: 'A child whose health or development is likely to suffer without help from the council’s services (Children Act 1989, section 17).' },
  { id: 'cla', term: 'CLA', expansion: 'Child looked after', pattern: abbreviation('CLA'),
    definition: 'A child in the council’s care, also written LAC (looked-after child).' },
  { id: 'common-cause', term: 'common cause', pattern: phrase('common cause'),
    definition: 'On an SPC chart, the ordinary month-to-month ups and downs of a steady process: no point beyond a process limit and no run or trend. A rise or fall inside it is noise, not a change to act on.' },
  { id: 'hit-and-miss', term: 'hit and miss', pattern: phrase('hit and miss'),
    definition: 'An assurance icon: the target lies between the process limits, so the process will meet it in some months and miss it in others, at random.' },
  { id: 'icpc', term: 'ICPC', expansion: 'Initial child protection conference', pattern: abbreviation('ICPC'),
    definition: 'The first meeting of professionals and the family, after a child protection enquiry, to decide whether the child needs a child protection plan. It should be held within 15 working days of the strategy discussion.' },
  { id: 'mash', term: 'MASH', expansion: 'Multi-agency safeguarding hub', pattern: abbreviation('MASH'),
    definition: 'The council’s “front door”: social workers, police and health staff together deciding what should happen to each contact about a child.' },
  { id: 'process-limits', term: 'process limits', pattern: phrase('process limits?'),
    definition: 'The lines either side of the mean on an SPC chart, at the mean plus and minus 2.66 times the average month-to-month change. Almost every month of a steady process falls between them.' },
  { id: 'rag', term: 'RAG', expansion: 'Red, amber, green', pattern: abbreviation('RAG'),
    definition: 'A status against the target: green on or better than the target, amber close to it, red far from it. Always written in words as well as colour.' },
  { id: 'rhi', term: 'RHI', expansion: 'Return home interview', pattern: abbreviation('RHI'),
    definition: 'A conversation with a child after they have been missing from home or care, within 72 hours of their return, to understand why they went and keep them safe.' },
  { id: 'special-cause', term: 'special cause', pattern: phrase('special cause'),
    definition: 'On an SPC chart, a change bigger than the ordinary month-to-month variation: a point beyond a process limit, seven in a row above or below the mean, seven in a row rising or falling, or two of three near a limit. It can be improving or concerning.' },
  { id: 'spc', term: 'SPC', expansion: 'Statistical process control', pattern: abbreviation('SPC'),
    definition: 'Reading a series of months as a chart with a mean and process limits, to tell real change from noise (NHS England’s Making Data Count). Its icons show the variation and the assurance.' },
  { id: 'sro', term: 'SRO', expansion: 'Senior responsible owner', pattern: abbreviation('SRO'),
    definition: 'The senior manager accountable for a workstream of the improvement plan.' },
  { id: 'statistical-neighbours', term: 'statistical neighbours', pattern: phrase('statistical neighbours?'),
    definition: 'The ten councils most like this one, chosen by the Department for Education from their populations and needs, used to compare published figures.' },
  { id: 'trajectory', term: 'trajectory', pattern: /\btrajector(?:y|ies)\b/i,
    definition: 'The improvement plan’s milestones for an indicator: the figure it expects to reach by a given month on the way to the target.' },
];

/** An entry as a page shows it: without the pattern that finds it, so a page model stays plain data (JSON). */
export type GlossaryTerm = Omit<GlossaryEntry, 'pattern'>;

export type TermSegment = { text: string; entry?: undefined } | { text: string; entry: GlossaryTerm };

const termOf = ({ pattern: _pattern, ...term }: GlossaryEntry): GlossaryTerm => term;

/**
 * Texts in page order, each split so that the first use of each term on the page (across all the
 * texts) is marked; later uses, and text outside terms, are plain. Pure: the same texts, the same
 * segments, however often a page renders.
 */
export function firstUses(texts: readonly string[]): TermSegment[][] {
  const seen = new Set<string>();
  return texts.map((text) => {
    const found: { start: number; end: number; entry: GlossaryEntry }[] = [];
    for (const entry of GLOSSARY) {
      if (seen.has(entry.id)) continue;
      const match = entry.pattern.exec(text);
      if (!match) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ start, end, entry });
      seen.add(entry.id);
    }
    found.sort((a, b) => a.start - b.start);
    const segments: TermSegment[] = [];
    let at = 0;
    for (const { start, end, entry } of found) {
      if (start > at) segments.push({ text: text.slice(at, start) });
      segments.push({ text: text.slice(start, end), entry: termOf(entry) });
      at = end;
    }
    if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
    return segments;
  });
}

/** The glossary's entries marked anywhere in `segments` (firstUses' result), in the glossary's order: a printed paper's list of its terms. */
export function termsUsed(segments: readonly (readonly TermSegment[])[]): GlossaryTerm[] {
  const used = new Set(segments.flatMap((text) => text.flatMap((segment) => (segment.entry ? [segment.entry.id] : []))));
  return GLOSSARY.filter((entry) => used.has(entry.id)).map(termOf);
}
