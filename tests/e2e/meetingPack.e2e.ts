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

/** A row of the pack's contents as the page drew it: the page number it gives, and the heading and running head of the section it links to. */
interface ContentsRow {
  reference: string;
  heading: string;
  page: number;
}

async function openPack(month: string): Promise<{ page: Page; title: string; contents: ContentsRow[]; planned: number }> {
  const page = await site.open(`meeting-pack/?month=${month}`);
  const title = await heading(page);
  // Every indicator's chart drawn with both its axes (fixed width, no animation).
  await page.waitForFunction(() => {
    const sections = document.querySelectorAll('.pack-indicator').length;
    const charts = document.querySelectorAll('.pack-chart .recharts-wrapper > svg.recharts-surface').length;
    const axes = document.querySelectorAll('.pack-chart .recharts-wrapper > svg .recharts-cartesian-axis').length;
    return sections > 0 && charts === sections && axes >= 2 * sections;
  });
  // The pack has measured its print layout and numbered its contents (usePackPlan.ts).
  await page.waitForFunction(() => document.querySelector('.meeting-pack')?.hasAttribute('data-pack-planned'));
  // The pack as it looks on screen, for a person to look at; then print media, as paper has it.
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `meeting-pack-screen-${month}.png`) });
  await page.emulateMedia({ media: 'print' });
  const contents = await page.$$eval('.pack-contents tbody tr', (rows) =>
    rows.map((row) => {
      const target = row.querySelector('a')!.getAttribute('href')!.split('#')[1]!;
      return { reference: row.querySelector('.pack-contents-ref')!.textContent!, heading: document.getElementById(target)!.textContent!, page: Number(row.querySelector('.pack-contents-page')!.textContent) };
    }),
  );
  const planned = Number(await page.locator('.meeting-pack').getAttribute('data-pack-planned'));
  return { page, title, contents, planned };
}

/**
 * Each section is on the page the contents gives: the first page after the cover where the
 * section's running head (its reference) is followed by its heading is the page the contents
 * names. Returns each section's page text by its reference.
 */
function expectContentsMatch(contents: readonly ContentsRow[], pages: readonly string[]): Map<string, string> {
  const byReference = new Map<string, string>();
  expect(contents.length).toBeGreaterThan(10);
  for (const { reference, heading, page } of contents) {
    expect(page, reference).toBeGreaterThan(1);
    const found = pages.findIndex((text, index) => index > 0 && text.includes(`${reference} ${heading}`)) + 1;
    expect(found, `${reference} ${heading}`).toBe(page);
    byReference.set(reference, pages[page - 1]!);
  }
  return byReference;
}

describe('the meeting pack printed to PDF', () => {
  it('prints November 2017 as an A4 paper: cover, summary, a page per priority indicator, workstreams and survey', async () => {
    const { page, title, contents, planned } = await openPack('2017-11');
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
    for (const known of ['London Borough of Croydon', 'Performance report: November 2017', 'Figures produced 14 December 2017', 'Summary of November 2017', 'ICPC timeliness is red: 32% against a target of 60%.', 'Up (29% → 32%): too few months to judge', 'CP5 · Nov 2017', 'RHI1 · Nov 2017', 'Workstreams · Nov 2017', 'New Head of Targeted Services in post', 'No staff survey had been reported by November 2017.']) {
      expect(text).toContain(known);
    }

    // Nothing is wider than the page's 180 mm of text (680 CSS pixels): were it, Chromium would
    // shrink every page to fit, and the page numbers, planned at full size, would not hold.
    await page.setViewportSize({ width: 680, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(681);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(SCREENSHOTS, 'meeting-pack.pdf'), pdf);
    await page.context().close();

    const sheets = await readPdf(pdf);
    const pages = sheets.map((sheet) => sheet.text);
    // Page count, two ways: the reader's page tree, and the page objects in the file; and it is
    // the count the pack's page plan worked out from its own print layout.
    expect(pages.length).toBe(countPageObjects(pdf));
    expect(pages.length).toBe(planned);
    // Cover, glance, summary, exceptions (two pages), 10 indicators, workstreams: at least 15.
    // Measured: 18. Far more would mean sections breaking badly.
    expect(pages.length).toBeGreaterThanOrEqual(15);
    expect(pages.length).toBeLessThanOrEqual(22);
    // The contents' page numbers are the pages the sections are printed on.
    const sections = expectContentsMatch(contents, pages);
    // Every sheet is A4 portrait (595 × 842 points).
    for (const sheet of sheets) {
      expect(Math.abs(sheet.width - 595)).toBeLessThan(2);
      expect(Math.abs(sheet.height - 842)).toBeLessThan(2);
    }
    // No link annotations: nothing interactive on paper.
    expect(sheets.map((sheet) => sheet.links)).toEqual(sheets.map(() => 0));
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Link/);

    // The cover, with the meeting, agenda item, author and contact from site.json.
    for (const known of ['Scrutiny and Overview Committee (illustrative)', 'Agenda item Item 6 (illustrative)', 'Report author Head of Performance and Insight', 'Contact performance@example.org (illustrative)', 'Contents']) expect(pages[0]).toContain(known);
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
    // Every indicator at a glance, on one page: RAG in words, change, England.
    const glance = sections.get('Glance · Nov 2017')!;
    expect(glance).toContain('Of 16 indicators in Nov 2017');
    for (const id of ['CP5', 'CP3', 'WF2', 'LAC2', 'SV1']) expect(glance).toContain(id);
    // Two months: too few for the SPC to judge the rise, so the change says only which way it went, with no arrow.
    expect(glance).toMatch(/ICPC timeliness 32% Red 60% Up 76\.9% \(2017-18\)/);
    // The exceptions with their stories, the changes, the questions (suggested marked so).
    const exceptions = sections.get('Exceptions · Nov 2017')!;
    expect(exceptions).toContain('Why it is here: Red for 2 months.');
    expect(exceptions).toContain('What the figure shows');
    expect(sections.get('Changes · Nov 2017')).toContain('No indicator’s RAG changed from Oct 2017 to Nov 2017.');
    expect(pages.join(' ')).toMatch(/Suggested ICPC timeliness has been red for two months/);
    // The terms used, explained at the end; their first use marked in the pack.
    expect(sections.get('Terms · Nov 2017')).toContain('ICPC: Initial child protection conference');
    // One section per priority indicator, in order, each whole on its page (its chart and table
    // not cut across pages), its reference at its top.
    let previousPage = 0;
    for (const id of PRIORITY) {
      const row = contents.find((entry) => entry.reference === `${id} · Nov 2017`)!;
      expect(row.page, id).toBeGreaterThanOrEqual(previousPage);
      previousPage = row.page;
      const own = sections.get(row.reference)!;
      const after = own.slice(own.indexOf(`${row.reference} ${row.heading}`));
      expect(after, id).toContain('Target in Nov 2017');
      expect(after, id).toMatch(/the last 2 months/);
    }
    const icpc = sections.get('CP5 · Nov 2017')!;
    expect(icpc).toContain('ICPC timeliness');
    expect(icpc).toContain('32%');
    // One status against the target and one direction, as the Overview's card says them; a rise
    // the SPC cannot yet judge is no signal, so there is nothing to reconcile.
    expect(icpc).toContain('Red: below the 60% target');
    expect(icpc).toContain('Up (29% → 32%): too few months to judge');
    expect(icpc).not.toContain('Improved but red');
    // The chart's own text (its axis and legend) is on the indicator's page.
    expect(icpc).toContain('100%');
    expect(icpc).toContain('Amber threshold');
    expect(icpc).toContain('Statistical neighbours (mean)');
    expect(icpc).toContain('Note: The police child abuse investigation team (CAIT)');
    expect(icpc).toContain('12 of 37');
    expect(sections.get('WF1 · Nov 2017')).toContain('43%');
    // The caseload's breakdown by team: drawn, and now in a table too.
    expect(sections.get('CL1 · Nov 2017')).toMatch(/Average caseload by team, the last 2 months/);
    // The workstreams and the survey.
    const workstreams = pagesOf(pages, 'Workstreams').join(' ');
    expect(workstreams).toContain('Improvement plan workstreams');
    expect(workstreams).toContain('Workstream progress, Nov 2017');
    expect(workstreams).toContain('Practice');
    expect(workstreams).toContain('Platforms');
    expect(sections.get('Survey · Nov 2017')).toContain('No staff survey had been reported by November 2017.');
  });

  it('prints a later month’s survey with small team counts suppressed, and its contents’ page numbers right', async () => {
    const { page, contents, planned } = await openPack('2018-01');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.context().close();
    const pages = (await readPdf(pdf)).map((sheet) => sheet.text);
    expect(pages.length).toBe(planned);
    const sections = expectContentsMatch(contents, pages);
    const survey = sections.get('Survey · Jan 2018')!;
    expect(survey).toContain('Staff survey');
    expect(survey).toContain('24.8%');
    expect(survey).toContain('fewer than 5');
    // Each indicator's 4 months so far (October to January), whole on its page.
    for (const id of PRIORITY) expect(sections.get(`${id} · Jan 2018`), id).toMatch(/the last 4 months/);
  });

  // Every other month of the sample folder (about 2 s each): the page plan must hold for each,
  // not only for the months looked at closely above and below.
  it.each(['2017-10', '2017-12', '2018-02', '2018-03', '2018-04', '2018-05', '2018-06', '2018-07', '2018-08', '2018-09', '2018-10', '2018-11', '2018-12', '2019-01', '2019-02'])('numbers the contents of %s with the pages each part is printed on', async (month) => {
    const { page, contents, planned } = await openPack(month);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.context().close();
    const pages = (await readPdf(pdf)).map((sheet) => sheet.text);
    expect(pages.length).toBe(planned);
    expectContentsMatch(contents, pages);
  });

  it('numbers the contents of a month with the plan’s fields in use and a longer history (March 2019)', async () => {
    const { page, contents, planned } = await openPack('2019-03');
    await page.setViewportSize({ width: 680, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(681);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(SCREENSHOTS, 'meeting-pack-2019-03.pdf'), pdf);
    await page.context().close();
    const pages = (await readPdf(pdf)).map((sheet) => sheet.text);
    expect(pages.length).toBe(planned);
    const sections = expectContentsMatch(contents, pages);
    expect(sections.get('Glance · Mar 2019')).toMatch(/Trajectory/);
    expect(sections.get('Glance · Mar 2019')).toMatch(/Year to date/);
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
