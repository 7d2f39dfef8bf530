// WCAG 2.2 contrast for the palette in src/app/styles.css and for every chart colour in
// src/components/palette.ts: text at least 4.5:1 on the background it is drawn on, and graphics
// (chart lines, points, bars, card edges, focus) at least 3:1 on white. Read from the stylesheet
// and the palette module themselves, so a colour changed there is checked here; and no other
// file of src/ writes a colour of its own, so every colour is one of those checked.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as palette from '../../src/components/palette';

const css = readFileSync('src/app/styles.css', 'utf8');
const variables = new Map([...css.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((match) => [match[1]!, match[2]!]));
const colour = (name: string) => {
  const value = variables.get(name);
  if (!value) throw new Error(`No colour --${name} in styles.css`);
  return value;
};

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('colour contrast of the palette', () => {
  it('computes the known ratio of black on white, so the checks below can fail', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it.each([
    ['red-text', 'red-bg'],
    ['amber-text', 'amber-bg'],
    ['green-text', 'green-bg'],
    ['blue-text', 'blue-bg'],
    ['grey-text', 'grey-bg'],
    ['text', 'light-grey'],
    ['secondary-text', 'light-grey'],
    ['link', 'light-grey'],
  ])('text --%s on --%s is at least 4.5:1', (text, background) => {
    expect(contrast(colour(text), colour(background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['text', 'secondary-text', 'link', 'link-visited', 'green-text', 'amber-text', 'red-text'])('text --%s on white is at least 4.5:1', (text) => {
    expect(contrast(colour(text), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['red', 'amber', 'green', 'blue', 'grey'])('the RAG graphic colour --%s on white is at least 3:1', (name) => {
    expect(contrast(colour(name), '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it.each(['red', 'amber', 'green', 'grey'])('the RAG graphic colour --%s on its own tag background is at least 3:1', (name) => {
    const background = name === 'grey' ? 'grey-bg' : `${name}-bg`;
    expect(contrast(colour(name), colour(background))).toBeGreaterThanOrEqual(3);
  });

  it('the yellow focus state stands out from the black text and from white (3:1)', () => {
    expect(contrast(colour('focus'), colour('text'))).toBeGreaterThanOrEqual(3);
  });
});

describe('colour contrast of the chart palette (src/components/palette.ts)', () => {
  it.each(Object.entries(palette.GRAPHIC_COLOURS))('the chart colour “%s” (%s) on white is at least 3:1', (_name, hex) => {
    expect(contrast(hex, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(palette.TEXT_COLOURS))('chart text “%s” (%s) on white is at least 4.5:1', (_name, hex) => {
    expect(contrast(hex, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(palette.RAG_COLOURS))('the chart’s RAG colour %s is the stylesheet’s --%s', (name, hex) => {
    expect(hex.toLowerCase()).toBe(colour(name).toLowerCase());
  });

  it('gives every line role its own dash pattern or weight, so lines differ in grey as well', () => {
    const looks = Object.values(palette.LINE_STYLES).map((style) => `${style.dash}|${style.width}`);
    expect(new Set(looks).size).toBe(looks.length);
  });
});

/**
 * The colours a source file writes itself: hex and rgb()/hsl() in a quoted string of a .ts or .tsx
 * file; in a .css file, hex and rgb()/hsl() in a declaration's value (not a selector such as #root).
 */
function colourLiterals(file: string, text: string): string[] {
  const colour = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\([^)]*\)/g;
  if (file.endsWith('.css')) return [...text.matchAll(/:([^;{}]*)/g)].flatMap((match) => match[1]!.match(colour) ?? []);
  return [...text.matchAll(/(['"`])((?:(?!\1)[^\n])*)\1/g)].flatMap((match) => match[2]!.match(colour) ?? []);
}

describe('the palette is the only home of colours', () => {
  const files = (folder: string): string[] => readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? files(join(folder, name)) : [join(folder, name)]));
  const HOMES = ['src/components/palette.ts', 'src/app/styles.css'];
  const sources = files('src').map((file) => file.split('\\').join('/')).filter((file) => /\.(tsx?|css)$/.test(file) && !HOMES.includes(file));

  it('finds a colour written in a string, an attribute or a style sheet, and not a selector or an id', () => {
    expect(colourLiterals('x.tsx', '<g fill="#0b0c0c"><rect stroke="#fff" /></g>')).toEqual(['#0b0c0c', '#fff']);
    expect(colourLiterals('x.ts', "const shadow = `0 2px rgba(0, 0, 0, 0.2)`; document.querySelector('#main-content');")).toEqual(['rgba(0, 0, 0, 0.2)']);
    expect(colourLiterals('x.css', '#root .a { color: #484949; box-shadow: 0 2px 6px rgba(11, 12, 12, 0.15); }\n#add { color: var(--text); }')).toEqual(['#484949', 'rgba(11, 12, 12, 0.15)']);
  });

  it('no other file of src/ writes a colour of its own: charts take theirs from palette.ts, style sheets from styles.css', () => {
    expect(sources).toContain('src/components/StaticBarChart.tsx');
    expect(sources.filter((file) => file.endsWith('.css')).length).toBeGreaterThan(3);
    const offenders = sources.flatMap((file) => colourLiterals(file, readFileSync(file, 'utf8')).map((literal) => `${file}: ${literal}`));
    expect(offenders).toEqual([]);
  });
});
