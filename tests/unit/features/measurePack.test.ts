// Which of the stylesheet's media rules hold on an A4 page, for the pack's one-moment print layout
// (src/features/meeting-pack/measurePack.ts).
import { describe, expect, it } from 'vitest';
import { mediaOnPaper } from '../../../src/features/meeting-pack/measurePack';

describe('mediaOnPaper', () => {
  it('turns print rules on and screen rules off', () => {
    expect(mediaOnPaper('print')).toBe(true);
    expect(mediaOnPaper('screen')).toBe(false);
  });
  it('judges width queries against the page’s 180 mm (680 CSS pixels) of text', () => {
    expect(mediaOnPaper('(max-width: 640px)')).toBe(false);
    expect(mediaOnPaper('(max-width: 800px)')).toBe(true);
    expect(mediaOnPaper('(min-width: 641px)')).toBe(true);
    expect(mediaOnPaper('(min-width: 900px)')).toBe(false);
  });
  it('leaves alone a query that does not depend on the page', () => {
    expect(mediaOnPaper('(prefers-reduced-motion: reduce)')).toBeUndefined();
  });
});
