// The walk over every Overview card (issue 27, "Done when"): every card of every month of the
// sample data and of ten generated years, judged by its page model as the page shows it at once
// (everything under "More about this figure" is one tap away and not judged here). No card shows
// more than one status word or more than one direction; no card colours a direction red (or green)
// for a move the SPC reads as inside common-cause variation; a status and a direction that point
// different ways come with the sentence that says why. The model is read as plain data, so that the
// same walk can be run over another shape of card (and fails over the cards as they were).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLargeData } from '../../../../scripts/generateLargeData';
import { checkFolder } from '../../../../scripts/lib/dataFolder';
import { monthView } from '../../../../src/domain/board/monthView';
import type { VariationIcon } from '../../../../src/domain/board/spc/spcTypes';
import type { Assurance } from '../../../../src/domain/board/spc/spcVerdict';
import { overviewModel } from '../../../../src/domain/present/pages/overview';
import type { PageData } from '../../../../src/domain/present/pages/pageData';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../../../../src/domain/present/spcWords';

const root = resolve(fileURLToPath(new URL('../../../..', import.meta.url)));
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A status: a RAG, an assurance icon's words, or why there is no RAG. */
const STATUS = new RegExp(`\\b(Green|Amber|Red|No target|Context only|Not available|${Object.values(ASSURANCE_WORDS).map((words) => words.short).join('|')})\\b`, 'g');
/** A direction: the month's move in any of the words a card has used, or a variation icon's words. */
const DIRECTION = new RegExp(`\\b(Improved|Worsened|No significant change|No change|Stable|Up|Down|No earlier figure|${Object.values(VARIATION_WORDS).map((words) => words.short).join('|')})\\b`, 'g');

/** Not signals: links, names, the officers' own note, the picture, and the sentence explaining two signals. */
const NOT_SIGNALS = new Set(['id', 'href', 'title', 'note', 'sparkline', 'reconcile', 'tone', 'arrow', 'previous', 'more']);

type Json = Record<string, unknown>;

/** The words a card shows at once: its strings, and its icons in their words. */
function shownWords(card: Json): string[] {
  const words: string[] = [];
  for (const [key, value] of Object.entries(card)) {
    if (NOT_SIGNALS.has(key)) continue;
    if (key === 'variation' && typeof value === 'string') words.push(VARIATION_WORDS[value as VariationIcon].short);
    else if (key === 'assurance' && typeof value === 'string') words.push(value === 'none' ? '' : ASSURANCE_WORDS[value as Assurance].short);
    else if (key === 'direction' && typeof value === 'string') continue; // the colour mark, judged below
    else if (typeof value === 'string') words.push(value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      // A direction's words come short and full: read the full ones, as the card shows them.
      const object = value as Json;
      words.push(...shownWords('full' in object ? { ...object, text: undefined } : object));
    }
  }
  return words;
}

/** The colour mark of the card's direction ("improved" green, "worsened" red, anything else quiet). */
function directionMark(card: Json): string | undefined {
  const direction = (card.direction ?? card.change) as Json | undefined;
  return typeof direction?.direction === 'string' ? direction.direction : undefined;
}

function walk(data: PageData) {
  const problems: string[] = [];
  let cards = 0;
  let noise = 0;
  for (const { month } of data.snapshots) {
    const statuses = new Map(monthView(data, month).priority.map((status) => [status.indicator.id, status]));
    for (const card of overviewModel(data, month).cards as unknown as Json[]) {
      cards++;
      const where = `${month} ${String(card.id)}`;
      const text = shownWords(card).join(' | ');
      const statusWords = text.match(STATUS) ?? [];
      const directionWords = text.match(DIRECTION) ?? [];
      if (statusWords.length > 1) problems.push(`${where}: ${statusWords.length} statuses (${statusWords.join(', ')})`);
      if (directionWords.length !== 1) problems.push(`${where}: ${directionWords.length} directions (${directionWords.join(', ')})`);
      const status = statuses.get(String(card.id))!;
      const mark = directionMark(card);
      const variation = status.spc.variation;
      // Coloured only when the SPC signals the move: red for a concerning point, green for an improving one.
      if (mark === 'worsened' && variation !== 'concern') problems.push(`${where}: red "worsened" with variation ${variation ?? 'unread'}`);
      if (mark === 'improved' && variation !== 'improvement') problems.push(`${where}: green "improved" with variation ${variation ?? 'unread'}`);
      const moved = status.travel && status.travel.direction !== 'no-change';
      if (moved && mark !== 'worsened' && mark !== 'improved') noise++;
      const against = (status.rag === 'green' && mark === 'worsened') || (status.rag === 'red' && mark === 'improved');
      if (against && !card.reconcile) problems.push(`${where}: ${status.rag} and ${mark}, with no sentence saying why`);
    }
  }
  return { cards, noise, problems };
}

describe('every Overview card of every month', () => {
  it('has one status, one direction, and no coloured direction inside the noise, in the sample data', () => {
    const { dataset } = checkFolder(join(root, 'data'));
    const result = walk(dataset);
    expect(result.cards).toBeGreaterThan(150);
    expect(result.noise).toBeGreaterThan(0); // the sample has moves inside the noise to keep quiet
    expect(result.problems).toEqual([]);
  });

  it('has the same in ten generated years', () => {
    const folder = mkdtempSync(join(tmpdir(), 'card-walk-'));
    folders.push(folder);
    generateLargeData(folder, { years: 10, indicators: 24, priority: 12, seed: 14 });
    const { dataset } = checkFolder(folder);
    const result = walk(dataset);
    expect(result.cards).toBe(12 * 120);
    expect(result.noise).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
  }, 120_000);
});
