// The Glossary page's model: every term pages mark (present/glossary.ts), in alphabetical order,
// each with its anchor (the marked terms link to /help/glossary/#icpc), the abbreviation with its
// expansion, or the phrase with a capital, and its definition.
import { GLOSSARY } from '../glossary';

export interface GlossaryPageEntry {
  id: string;
  /** An abbreviation, shown with its expansion; or a phrase, capitalised. */
  term: string;
  expansion?: string;
  definition: string;
}

export function glossaryModel(): { lead: string; entries: GlossaryPageEntry[] } {
  return {
    lead: 'The abbreviations and terms used on this dashboard, in plain English.',
    entries: [...GLOSSARY]
      .sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }))
      .map((entry) => ({
        id: entry.id,
        term: entry.expansion ? entry.term : entry.term.charAt(0).toUpperCase() + entry.term.slice(1),
        ...(entry.expansion ? { expansion: entry.expansion } : {}),
        definition: entry.definition,
      })),
  };
}
