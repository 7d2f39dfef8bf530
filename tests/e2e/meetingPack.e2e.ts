// The meeting pack printed to PDF by real Chromium (A4, as "Save as PDF" would): the page count,
// the known text of several sections read back out of the PDF itself, each section on its own
// page with its reference in the footer, and nothing interactive on paper. The PDF is saved in
// tests/e2e/output/meeting-pack.pdf for a person to look at.
//
// The text, page sizes and links are read with pdfjs-dist (Mozilla's PDF reader, its legacy build
// for Node), so the test needs no poppler and no reader of our own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { heading, SCREENSHOTS, useSite } from './fixtures';

const site = useSite();

/** The ten priority indicators of the sample data, in catalogue order. */
const PRIORITY = ['CP5', 'CP2', 'CIN1', 'FD1', 'FD2', 'AS1', 'SUP1', 'CL1', 'WF1', 'RHI1'];

async function openPack(month: string): Promise<{ page: Page; title: string }> {
  const page = await site.open(`meeting-pack/?month=${month}`);
  const title = await heading(page);
  // Every indicator's chart drawn with both its axes (fixed width, no animation).
  await page.waitForFunction(() => {
    const sections = document.querySelectorAll('.pack-indicator').length;
    const charts = document.querySelectorAll('.pack-chart .recharts-wrapper > svg.recharts-surface').length;
    const axes = document.querySelectorAll('.pack-chart .recharts-wrapper > svg .recharts-cartesian-axis').length;
    return sections > 0 && charts === sections && axes >= 2 * sections;
  });
  // The pack as it looks on screen, for a person to look at; then print media, as paper has it.
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `meeting-pack-screen-${month}.png`) });
  await page.emulateMedia({ media: 'print' });
  return { page, title };
}

describe('the meeting pack printed to PDF', () => {
  it('prints November 2017 as an A4 paper: cover, summary, a page per priority indicator, workstreams and survey', async () => {
    const { page, title } = await openPack('2017-11');
    expect(title).toBe('Meeting pack Nov 2017');

    // In print, nothing can be clicked or chosen: no button, link, select or field is drawn.
    const controls = await page.$$eval('button, a[href], select, input, summary', (elements) => elements.filter((element) => element.getClientRects().length > 0).map((element) => element.outerHTML.slice(0, 80)));
    expect(controls).toEqual([]);
    // Nor the app around it: header, navigation, notices, footer, the on-screen heading.
    for (const selector of ['.site-header', '.site-footer', '.notices', 'main > h1', '.pack-intro', '.month-picker']) {
      expect(await page.locator(selector).evaluateAll((elements) => elements.some((element) => element.getClientRects().length > 0)), selector).toBe(false);
    }

    // The print-laid-out page holds the text of each section.
    const text = (await page.locator('.meeting-pack').innerText()).replace(/\s+/g, ' ');
    for (const known of ['London Borough of Croydon', 'Performance report: November 2017', 'Figures produced 14 December 2017', 'Summary of November 2017', 'ICPC timeliness is red: 32% against a target of 60%.', 'Improved but red: it improved from 29% but is still short of the target of 60%.', 'CP5 · Nov 2017', 'RHI1 · Nov 2017', 'Workstreams · Nov 2017', 'New Head of Targeted Services in post', 'No staff survey had been reported by November 2017.']) {
      expect(text).toContain(known);
    }

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(SCREENSHOTS, 'meeting-pack.pdf'), pdf);
    await page.context().close();

    const sheets = await readPdf(pdf);
    const pages = sheets.map((sheet) => sheet.text);
    // Page count, two ways: the reader's page tree, and the page objects in the file.
    expect(pages.length).toBe(countPageObjects(pdf));
    // At least one page per section (each starts a page): cover, summary, 10 indicators,
    // workstreams, survey = 14. Measured: 15 (the summary runs to a second page). Far more
    // would mean sections breaking badly.
    expect(pages.length).toBeGreaterThanOrEqual(14);
    expect(pages.length).toBeLessThanOrEqual(20);
    // Every sheet is A4 portrait (595 × 842 points).
    for (const sheet of sheets) {
      expect(Math.abs(sheet.width - 595)).toBeLessThan(2);
      expect(Math.abs(sheet.height - 842)).toBeLessThan(2);
    }
    // No link annotations: nothing interactive on paper.
    expect(sheets.map((sheet) => sheet.links)).toEqual(sheets.map(() => 0));
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Link/);

    // The cover.
    expect(pages[0]).toContain('London Borough of Croydon');
    expect(pages[0]).toContain('Performance report: November 2017');
    expect(pages[0]).toContain('14 December 2017');
    expect(pages[0]).toContain('Sample data.');
    // Every page carries the month and its section's reference, with the page number.
    pages.forEach((pageText, index) => {
      expect(pageText).toContain('Performance report: November 2017');
      expect(pageText).toMatch(new RegExp(`[A-Za-z0-9]+ · Nov 2017 · Page ${index + 1} of ${pages.length}`));
    });
    // The summary, in sentences.
    const summary = pagesOf(pages, 'Summary');
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary[0]).toContain('Summary of November 2017');
    expect(summary[0]).toContain('Of 10 priority indicators in Nov 2017: 1 green, 2 amber, 6 red, 1 with no RAG.');
    // A single month's move is not a summary sentence (the summary rules); the red is.
    expect(summary.join(' ')).toContain('ICPC timeliness is red: 32% against a target of 60%.');
    // One section per priority indicator, in order, each on one page of its own (so its chart
    // and table are not cut across pages), with its reference at the top as well as in the
    // footer.
    let previousPage = pages.indexOf(summary[summary.length - 1]!);
    for (const id of PRIORITY) {
      const own = pagesOf(pages, id);
      expect(own.length, id).toBe(1);
      const first = own[0]!;
      expect(pages.indexOf(first), id).toBeGreaterThan(previousPage);
      previousPage = pages.indexOf(first);
      expect(first.split(`${id} · Nov 2017`).length - 1, id).toBe(2);
      expect(first, id).toContain('Target in Nov 2017');
      expect(first, id).toMatch(/the last 2 months/);
    }
    const icpc = pagesOf(pages, 'CP5')[0]!;
    expect(icpc).toContain('ICPC timeliness');
    expect(icpc).toContain('32%');
    expect(icpc).toContain('Red');
    expect(icpc).toContain('Improved from 29% in Oct 2017');
    // The card's two signals that point different ways, reconciled in words.
    expect(icpc).toContain('Improved but red: it improved from 29% but is still short of the target of 60%.');
    // The chart's own text (its axis and legend) is on the indicator's page.
    expect(icpc).toContain('100%');
    expect(icpc).toContain('Amber threshold');
    expect(icpc).toContain('Statistical neighbours (mean)');
    expect(icpc).toContain('Note: The police child abuse investigation team (CAIT)');
    expect(icpc).toContain('12 of 37');
    expect(pagesOf(pages, 'WF1')[0]).toContain('43%');
    // The workstreams and the survey.
    const workstreams = pagesOf(pages, 'Workstreams').join(' ');
    expect(workstreams).toContain('Improvement plan workstreams');
    expect(workstreams).toContain('Workstream progress, Nov 2017');
    expect(workstreams).toContain('Practice');
    expect(workstreams).toContain('Platforms');
    expect(pagesOf(pages, 'Survey').join(' ')).toContain('No staff survey had been reported by November 2017.');
  });

  it('prints a later month’s survey with small team counts suppressed', async () => {
    const { page } = await openPack('2018-01');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.context().close();
    const pages = (await readPdf(pdf)).map((sheet) => sheet.text);
    const survey = pagesOf(pages, 'Survey', 'Jan 2018').join(' ');
    expect(survey).toContain('Staff survey');
    expect(survey).toContain('24.8%');
    expect(survey).toContain('fewer than 5');
    // Each indicator's 3 months so far, and still a page each.
    for (const id of PRIORITY) expect(pagesOf(pages, id, 'Jan 2018'), id).toHaveLength(1);
  });
});

/** The pages whose footer carries this section's reference, e.g. "CP5 · Nov 2017 · Page 4 of 15". */
function pagesOf(pages: string[], label: string, month = 'Nov 2017'): string[] {
  return pages.filter((text) => text.includes(`${label} · ${month} · Page `));
}

// ---------- reading the PDF back: pdfjs-dist, Mozilla's PDF reader (its Node build) ----------

interface PdfPage {
  /** The page's text, white space collapsed, ligatures (ﬀ, ﬁ) unfolded. */
  text: string;
  width: number;
  height: number;
  /** Link annotations on the page: anything that could be clicked. */
  links: number;
}

async function readPdf(pdf: Buffer): Promise<PdfPage[]> {
  // A copy: pdfjs takes ownership of (detaches) the bytes it is given.
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [left, bottom, right, top] = page.view;
      const content = await page.getTextContent();
      // Each item is a run of text. A run that starts on the same line just where the last one
      // ended (a text node split from its full stop, a bold word) joins it; any other gets a space.
      let text = '';
      let last: { y: number; end: number; size: number } | undefined;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        const adjoins = last !== undefined && Math.abs(last.y - y) < 0.5 && Math.abs(x - last.end) < 0.25 * last.size;
        text += (adjoins ? '' : ' ') + item.str + (item.hasEOL ? ' ' : '');
        last = { y, end: x + item.width, size: Math.hypot(c, d) || item.height };
      }
      const annotations: { subtype?: string }[] = await page.getAnnotations();
      pages.push({
        text: text.normalize('NFKC').replace(/\s+/g, ' ').trim(),
        width: right! - left!,
        height: top! - bottom!,
        links: annotations.filter((annotation) => annotation.subtype === 'Link').length,
      });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** The page objects in the file's bytes, counted without a reader: a check on the reader's count. */
function countPageObjects(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
