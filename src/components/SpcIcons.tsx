import { Link } from '../routing/routing';
import type { VariationIcon } from '../domain/board/spc/spcTypes';
import type { Assurance } from '../domain/board/spc/spcVerdict';
import { SPC_COLOURS, WHITE } from './palette';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../domain/present/spcWords';

// Making Data Count icons, drawn simply: a circle with a letter, coloured as the guidance does
// (orange concern, blue improvement, grey common cause), with the words beside it so the
// meaning never rests on colour or shape alone.
const VARIATION_STYLE: Record<VariationIcon, { colour: string; letter: string }> = {
  'common-cause': { colour: SPC_COLOURS['common-cause'], letter: '~' },
  improvement: { colour: SPC_COLOURS['special-cause-improving'], letter: '▲' },
  concern: { colour: SPC_COLOURS['special-cause-concerning'], letter: '!' },
  'neutral-high': { colour: SPC_COLOURS['special-cause-neutral-high'], letter: 'H' },
  'neutral-low': { colour: SPC_COLOURS['special-cause-neutral-low'], letter: 'L' },
};

const ASSURANCE_STYLE: Record<Assurance, { colour: string; letter: string }> = {
  'consistently-met': { colour: SPC_COLOURS['special-cause-improving'], letter: 'P' },
  'consistently-missed': { colour: SPC_COLOURS['special-cause-concerning'], letter: 'F' },
  'hit-and-miss': { colour: SPC_COLOURS['common-cause'], letter: '?' },
  recalculate: { colour: SPC_COLOURS['common-cause'], letter: 'R' },
  none: { colour: SPC_COLOURS['common-cause'], letter: '–' },
};

function Icon({ colour, letter }: { colour: string; letter: string }) {
  return (
    <svg className="spc-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill={WHITE} stroke={colour} strokeWidth="3" />
      <text x="12" y="16.5" textAnchor="middle" fontSize="12" fontWeight="700" fill={colour}>
        {letter}
      </text>
    </svg>
  );
}

/** An icon with its short words beside it, and its long words for the tooltip and screen readers. */
function Badge({ style, words }: { style: { colour: string; letter: string }; words: { short: string; long: string } }) {
  return (
    <span className="spc-badge" title={words.long}>
      <Icon {...style} />
      <span className="spc-badge-text">{words.short}</span>
      <span className="visually-hidden"> ({words.long})</span>
    </span>
  );
}

export function VariationBadge({ icon }: { icon: VariationIcon | undefined }) {
  return icon ? <Badge style={VARIATION_STYLE[icon]} words={VARIATION_WORDS[icon]} /> : null;
}

export function AssuranceBadge({ icon }: { icon: Assurance }) {
  return icon === 'none' ? null : <Badge style={ASSURANCE_STYLE[icon]} words={ASSURANCE_WORDS[icon]} />;
}

/** Every variation icon, then every assurance icon a page can show, with their words. */
const KEY = [
  ...(Object.keys(VARIATION_WORDS) as VariationIcon[]).map((icon) => ({ icon, style: VARIATION_STYLE[icon], words: VARIATION_WORDS[icon] })),
  ...(['consistently-met', 'consistently-missed', 'hit-and-miss', 'recalculate'] as Assurance[]).map((icon) => ({ icon, style: ASSURANCE_STYLE[icon], words: ASSURANCE_WORDS[icon] })),
];

/** The key to the icons, shown wherever they are. */
export function SpcKey() {
  return (
    <details className="spc-key">
      <summary>Key to the variation and assurance icons</summary>
      <p>
        These read the last points of each indicator as a statistical process control (XmR) chart, as NHS England’s
        “Making Data Count” asks boards to: they separate real change from month-to-month noise.{' '}
        <Link to="/help/spc/">How to read these charts</Link>.
      </p>
      <dl className="spc-key-list">
        {KEY.map(({ icon, style, words }) => (
          <div key={icon}>
            <dt>
              <Icon {...style} /> {words.short}
            </dt>
            <dd>{words.long}.</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
