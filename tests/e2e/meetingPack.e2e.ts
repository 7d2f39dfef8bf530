// The meeting pack printed to PDF by real Chromium (A4, as "Save as PDF" would): the page count,
// the known text of several sections read back out of the PDF itself, each section on its own
// page with its reference in the footer, and nothing interactive on paper. The PDF is saved in
// tests/e2e/output/meeting-pack.pdf for a person to look at.
//
// The text is read with a small reader below (Node's zlib and the fonts' ToUnicode maps), so the
// test needs no poppler. It is enough for the PDFs Chromium (Skia) writes: plain objects,
// Flate-compressed page contents, Type0 fonts with a ToUnicode CMap, text drawn with Tj/TJ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
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
    for (const known of ['London Borough of Croydon', 'Performance report: November 2017', 'Figures produced 14 December 2017', 'Summary of November 2017', 'ICPC timeliness improved to 32%, from 29% in Oct 2017.', 'CP5 · Nov 2017', 'RHI1 · Nov 2017', 'Workstreams · Nov 2017', 'New Head of Targeted Services in post', 'No staff survey had been reported by November 2017.']) {
      expect(text).toContain(known);
    }

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(SCREENSHOTS, 'meeting-pack.pdf'), pdf);
    await page.context().close();

    const pages = readPdfPages(pdf);
    // Page count, two ways: the page tree, and the page objects in the file.
    expect(pages.length).toBe(countPageObjects(pdf));
    // At least one page per section (each starts a page): cover, summary, 10 indicators,
    // workstreams, survey = 14. Measured: 15 (the summary runs to a second page). Far more
    // would mean sections breaking badly.
    expect(pages.length).toBeGreaterThanOrEqual(14);
    expect(pages.length).toBeLessThanOrEqual(20);
    // Every sheet is A4 portrait (595 × 842 points).
    for (const size of pageSizes(pdf)) {
      expect(Math.abs(size.width - 595)).toBeLessThan(2);
      expect(Math.abs(size.height - 842)).toBeLessThan(2);
    }
    // No link annotations: nothing interactive on paper.
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
    expect(summary.join(' ')).toContain('ICPC timeliness improved to 32%, from 29% in Oct 2017.');
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
    expect(icpc).toContain('Improved');
    // The chart's own text (its axis and legend) is on the indicator's page.
    expect(icpc).toContain('100%');
    expect(icpc).toContain('Amber threshold');
    expect(icpc).toContain('Statistical neighbours (mean of 10)');
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
    const pages = readPdfPages(pdf);
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

// ---------- a minimal reader for Chromium's PDFs ----------

interface PdfObject {
  body: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+)\s+0\s+obj\b/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const body = text.slice(start, streamAt);
      let dataStart = streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      objects.set(Number(match[1]), { body, stream: pdf.subarray(dataStart, dataStart + streamLength(body, text)) });
      pattern.lastIndex = dataStart + streamLength(body, text);
    } else {
      objects.set(Number(match[1]), { body: text.slice(start, endAt) });
      pattern.lastIndex = endAt;
    }
  }
  return objects;
}

function streamLength(body: string, text: string): number {
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(body);
  if (direct) return Number(direct[1]);
  const reference = /\/Length\s+(\d+)\s+0\s+R/.exec(body);
  if (!reference) throw new Error('A stream without a length');
  const value = new RegExp(`(?:^|\\s)${reference[1]}\\s+0\\s+obj\\s*(\\d+)`).exec(text);
  if (!value) throw new Error(`Length object ${reference[1]} not found`);
  return Number(value[1]);
}

function streamData(object: PdfObject): Buffer {
  if (!object.stream) throw new Error('Not a stream');
  return /\/FlateDecode/.test(object.body) ? inflateSync(object.stream) : object.stream;
}

function reference(body: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body);
  return match ? Number(match[1]) : undefined;
}

/** The page objects in reading order, from the catalogue's page tree. */
function pageObjects(objects: Map<number, PdfObject>, pdf: Buffer): PdfObject[] {
  const root = reference(pdf.toString('latin1').slice(-2048), 'Root');
  const catalogue = root === undefined ? undefined : objects.get(root);
  const tree = catalogue && reference(catalogue.body, 'Pages');
  if (tree === undefined) throw new Error('No page tree');
  const pages: PdfObject[] = [];
  const walk = (id: number) => {
    const node = objects.get(id);
    if (!node) return;
    if (/\/Type\s*\/Pages\b/.test(node.body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.body)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]));
    } else if (/\/Type\s*\/Page\b/.test(node.body)) {
      pages.push(node);
    }
  };
  walk(tree);
  return pages;
}

function countPageObjects(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  const objects = readObjects(pdf);
  return pageObjects(objects, pdf).map((page) => {
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(page.body);
    if (!box) throw new Error('A page without a MediaBox');
    return { width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) };
  });
}

/** A ToUnicode CMap: character code (hex) to text. */
function readCMap(source: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(pair[1]!.toUpperCase(), utf16(pair[2]!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const width = range[1]!.length;
      const low = parseInt(range[1]!, 16);
      const high = parseInt(range[2]!, 16);
      const targets = range[3]!.startsWith('[') ? [...range[3]!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((target) => target[1]!) : undefined;
      for (let code = low; code <= high; code++) {
        const key = code.toString(16).toUpperCase().padStart(width, '0');
        if (targets) {
          if (targets[code - low]) map.set(key, utf16(targets[code - low]!));
        } else {
          const first = range[3]!.slice(1, -1);
          const base = parseInt(first.slice(-4), 16) + (code - low);
          map.set(key, utf16(first.slice(0, -4) + base.toString(16).padStart(4, '0')));
        }
      }
    }
  }
  return map;
}

/** A CID font's glyph widths (thousandths of the font size), from its /W array and /DW. */
function readWidths(body: string): { widths: Map<number, number>; fallback: number } {
  const widths = new Map<number, number>();
  const fallback = Number(/\/DW\s+([\d.]+)/.exec(body)?.[1] ?? 1000);
  const start = body.search(/\/W\s*\[/);
  if (start === -1) return { widths, fallback };
  // The /W array, brackets balanced: "c [w1 w2 …]" widths from c on, or "c1 c2 w" one width for a range.
  let depth = 0;
  let end = body.indexOf('[', start);
  for (; end < body.length; end++) {
    if (body[end] === '[') depth++;
    else if (body[end] === ']' && --depth === 0) break;
  }
  const tokens = body.slice(body.indexOf('[', start) + 1, end).match(/\[|\]|[-\d.]+/g) ?? [];
  for (let index = 0; index < tokens.length; ) {
    const first = Number(tokens[index]);
    if (tokens[index + 1] === '[') {
      index += 2;
      for (let code = first; tokens[index] !== ']' && index < tokens.length; index++, code++) widths.set(code, Number(tokens[index]));
      index++;
    } else {
      for (let code = first; code <= Number(tokens[index + 1]); code++) widths.set(code, Number(tokens[index + 2]));
      index += 3;
    }
  }
  return { widths, fallback };
}

/**
 * The text of each page. Each text object (BT … ET) is one run; a run that starts on the same
 * line just where the last one ended (a text node split from its full stop, a bold word) joins
 * it directly, any other with a space. White space collapsed, ligatures (ﬀ, ﬁ) unfolded.
 */
function readPdfPages(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const fontCache = new Map<number, { cmap: Map<string, string>; widths: Map<number, number>; fallback: number }>();
  const fontOf = (fontId: number) => {
    if (!fontCache.has(fontId)) {
      const font = objects.get(fontId);
      const toUnicode = font && reference(font.body, 'ToUnicode');
      const descendant = font && /\/DescendantFonts\s*\[\s*(\d+)\s+0\s+R/.exec(font.body)?.[1];
      fontCache.set(fontId, {
        cmap: toUnicode === undefined ? new Map() : readCMap(streamData(objects.get(toUnicode)!).toString('latin1')),
        ...readWidths(descendant ? (objects.get(Number(descendant))?.body ?? '') : ''),
      });
    }
    return fontCache.get(fontId)!;
  };
  const noFont = { cmap: new Map<string, string>(), widths: new Map<number, number>(), fallback: 1000 };
  return pageObjects(objects, pdf).map((page) => {
    const fonts = new Map<string, number>();
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(page.body)?.[1] ?? '';
    for (const entry of fontDict.matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) fonts.set(entry[1]!, Number(entry[2]));
    const contentIds = /\/Contents\s*\[([^\]]*)\]/.exec(page.body)?.[1] ?? /\/Contents\s+(\d+\s+0\s+R)/.exec(page.body)?.[1] ?? '';
    let text = '';
    let previous: { y: number; end: number; size: number } | undefined;
    for (const content of contentIds.matchAll(/(\d+)\s+0\s+R/g)) {
      const source = streamData(objects.get(Number(content[1]))!).toString('latin1');
      let font = noFont;
      let size = 0;
      let run = '';
      let x = 0;
      let y = 0;
      let advance = 0;
      let lastWidth = 0;
      const show = (hex: string) => {
        const codes = hex.match(/.{4}/g) ?? [];
        run += codes.map((code) => font.cmap.get(code.toUpperCase()) ?? '').join('');
        lastWidth = (codes.reduce((sum, code) => sum + (font.widths.get(parseInt(code, 16)) ?? font.fallback), 0) * size) / 1000;
      };
      const tokens = /\/([^\s/]+)\s+([-\d.]+)\s+Tf|[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s+([-\d.]+)\s+Tm|([-\d.]+)\s+[-\d.]+\s+Td|<([0-9A-Fa-f]*)>\s*Tj|\[((?:[^\]\\]|\\.)*)\]\s*TJ|\bET\b/g;
      for (const token of source.matchAll(tokens)) {
        if (token[1] !== undefined) {
          font = fonts.has(token[1]) ? fontOf(fonts.get(token[1])!) : noFont;
          size = Math.abs(Number(token[2]));
        } else if (token[3] !== undefined) {
          x = Number(token[3]);
          y = Number(token[4]);
          advance = 0;
          lastWidth = 0;
        } else if (token[5] !== undefined) advance += Number(token[5]);
        else if (token[6] !== undefined) show(token[6]);
        else if (token[7] !== undefined) for (const part of token[7].matchAll(/<([0-9A-Fa-f]*)>/g)) show(part[1]!);
        else {
          const adjoins = previous !== undefined && Math.abs(previous.y - y) < 0.5 && Math.abs(x - previous.end) < 0.25 * previous.size;
          text += (adjoins ? '' : ' ') + run;
          previous = { y, end: x + advance + lastWidth, size };
          run = '';
        }
      }
    }
    return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  });
}
