// Every colour a chart draws with, in one place, checked by tests/unit/contrast.test.ts: lines,
// points and bars 3:1 or more on white (WCAG 1.4.11), chart text 4.5:1 (1.4.3). The RAG colours
// are the same as the stylesheet's --red, --amber, --green (the test keeps them in step).
// Colour is never the only difference: each line also has its own dash pattern (LINE_STYLES) and
// a label at its end, so a chart reads on a black-and-white printer (WCAG 1.4.1).
import type { RagStatus } from '../domain/board/rag';
import type { SpcPointType } from '../domain/board/spc/spcTypes';
import type { LineRole } from '../domain/present/chartLines';

export const INK = '#0b0c0c';
export const GRID = '#dcdcdc';
export const WHITE = '#ffffff';

export const RAG_COLOURS: Record<RagStatus, string> = { green: '#00703c', amber: '#b35900', red: '#d4351c' };
export const NO_RAG_COLOUR = INK;

export interface LineStyle {
  colour: string;
  width: number;
  /** SVG stroke-dasharray; '' is solid. */
  dash: string;
}

/** One look per line role: told apart by dash pattern and weight as well as colour. */
export const LINE_STYLES: Record<LineRole, LineStyle> = {
  value: { colour: INK, width: 3, dash: '' },
  target: { colour: INK, width: 2, dash: '8 4' },
  trajectory: { colour: '#1d70b8', width: 2.5, dash: '10 2 2 2 2 2' },
  amber: { colour: '#b35900', width: 2, dash: '3 3' },
  england: { colour: '#4c2c92', width: 2, dash: '12 3 2 3' },
  region: { colour: '#00625e', width: 2, dash: '1 4' },
  neighbours: { colour: '#801650', width: 2, dash: '6 2 1 2 1 2' },
  other: { colour: '#505a5f', width: 2, dash: '14 6' },
  overall: { colour: '#6f777b', width: 2, dash: '4 3' },
  team: { colour: INK, width: 2.5, dash: '' },
};

/** Event markers: a dotted grey rule with its number in black. */
export const EVENT_RULE = '#6f777b';

/** XmR charts (Making Data Count colours): orange concern, blue improvement, purple neutral. */
export const SPC_COLOURS: Record<SpcPointType, string> = {
  'common-cause': '#6f777b',
  'special-cause-improving': '#1d70b8',
  'special-cause-concerning': '#b35900',
  'special-cause-neutral-high': '#4c2c92',
  'special-cause-neutral-low': '#4c2c92',
};
export const SPC_LIMIT = '#505a5f';
export const SPC_TARGET = '#d4351c';

/** Survey answers on a diverging scale, agree (blue) to disagree (red), darkest at the ends. */
export const AGREE_COLOURS = ['#0c2d4a', '#1d70b8', '#5694ca'];
export const NEUTRAL_ANSWER = '#6f777b';
export const DISAGREE_COLOURS = ['#d4351c', '#942514', '#2a0b06'];
/** For answers outside the agree/disagree scale. */
export const OTHER_ANSWERS = ['#505a5f', '#4c2c92', '#00625e'];

/** The ranking chart: our council in purple, the neighbours in light blue. */
export const OURS = '#912b88';
export const THEIRS = '#5694ca';
/** The survey response rate's bars. */
export const SURVEY_RATE = '#1d70b8';
/** Behind a bar under the pointer: a tint, not a graphic (no contrast needed). */
export const HOVER_TINT = '#f3f2f1';

/** Every graphic colour above, for the contrast test: each must be 3:1 or more on white. */
export const GRAPHIC_COLOURS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(RAG_COLOURS).map(([name, colour]) => [`rag ${name}`, colour])),
  ...Object.fromEntries(Object.entries(LINE_STYLES).map(([role, style]) => [`line ${role}`, style.colour])),
  ...Object.fromEntries(Object.entries(SPC_COLOURS).map(([type, colour]) => [`spc ${type}`, colour])),
  'spc limit': SPC_LIMIT,
  'spc target': SPC_TARGET,
  'event rule': EVENT_RULE,
  ...Object.fromEntries([...AGREE_COLOURS, NEUTRAL_ANSWER, ...DISAGREE_COLOURS, ...OTHER_ANSWERS].map((colour, index) => [`answer ${index + 1}`, colour])),
  ours: OURS,
  theirs: THEIRS,
  'survey rate': SURVEY_RATE,
};

/** Text drawn in charts (ticks, labels): 4.5:1 or more on white. */
export const TEXT_COLOURS: Record<string, string> = { ink: INK, ...Object.fromEntries(Object.entries(LINE_STYLES).map(([role, style]) => [`line label ${role}`, style.colour])) };
