// The council's own parts of the accessibility statement (GOV.UK's model statement), in words, from
// site.json's optional "accessibility" (and the pack's contact when it has none): where to report a
// problem, how soon the council replies, and when it prepared the statement. What the dashboard
// itself meets and fails is written in the page (src/features/about/AccessibilityPage.tsx).
import { formatIsoDate } from '../months';
import type { Site } from '../schema';

/** The day the statement's technical part (what the pages meet, fail, and how they are tested) was last checked against the pages. */
export const TECHNICAL_REVIEW_DATE = '2026-12-07';

export interface StatementContact {
  /** Who runs the dashboard: the council's name, or "The council". */
  organisation: string;
  /** Where to report a problem, as the council wrote it; undefined when site.json gives none. */
  contact: string | undefined;
  /** "We will reply within 5 working days.", or undefined when the council has not said. */
  reply: string | undefined;
  /** When the council prepared its statement, or that it has not said. */
  prepared: string;
  reviewed: string;
}

export function statementContact(site: Site | undefined): StatementContact {
  const accessibility = site?.accessibility;
  const days = accessibility?.responseDays;
  return {
    organisation: site?.organisation ?? 'The council',
    contact: accessibility?.contact ?? site?.pack?.contact,
    reply: days === undefined ? undefined : `We will reply within ${days} working ${days === 1 ? 'day' : 'days'}.`,
    prepared: accessibility?.prepared ? `This statement was prepared on ${formatIsoDate(accessibility.prepared)}.` : 'The council has not yet recorded the date it prepared this statement.',
    reviewed: `Its technical part, what the pages meet and fail and how they are tested, was last checked against the pages on ${formatIsoDate(TECHNICAL_REVIEW_DATE)}.`,
  };
}
