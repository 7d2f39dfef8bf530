import { describe, expect, it } from 'vitest';
import { statementContact } from '../../../src/domain/present/accessibilityStatement';
import type { Site } from '../../../src/domain/schema';

const site: Site = { organisation: 'London Borough of Croydon', title: 'Dashboard', board: 'Board' };

describe('the accessibility statement’s contact and dates', () => {
  it('takes the council’s contact, reply time and preparation date from site.json', () => {
    const words = statementContact({ ...site, accessibility: { contact: 'access@example.org', responseDays: 5, prepared: '2026-11-30' } });
    expect(words).toMatchObject({ organisation: 'London Borough of Croydon', contact: 'access@example.org', reply: 'We will reply within 5 working days.', prepared: 'This statement was prepared on 30 November 2026.' });
  });

  it('falls back to the pack’s contact, and says when the council has given no date or reply time', () => {
    const words = statementContact({ ...site, pack: { contact: 'performance@example.org' } });
    expect(words.contact).toBe('performance@example.org');
    expect(words.reply).toBeUndefined();
    expect(words.prepared).toBe('The council has not yet recorded the date it prepared this statement.');
  });

  it('writes one working day in the singular', () => {
    expect(statementContact({ ...site, accessibility: { responseDays: 1 } }).reply).toBe('We will reply within 1 working day.');
  });

  it('names no contact and "The council" without a site.json', () => {
    expect(statementContact(undefined)).toMatchObject({ organisation: 'The council', contact: undefined });
  });
});
