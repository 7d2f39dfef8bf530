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

export function VariationBadge({ icon }: { icon: VariationIcon | undefined }) {
  if (!icon) return null;
  const style = VARIATION_STYLE[icon];
  return (
    <span className="spc-badge" title={VARIATION_WORDS[icon].long}>
      <Icon {...style} />
      <span className="spc-badge-text">{VARIATION_WORDS[icon].short}</span>
      <span className="visually-hidden"> ({VARIATION_WORDS[icon].long})</span>
    </span>
  );
}

export function AssuranceBadge({ icon }: { icon: Assurance }) {
  if (icon === 'none') return null;
  const style = ASSURANCE_STYLE[icon];
  return (
    <span className="spc-badge" title={ASSURANCE_WORDS[icon].long}>
      <Icon {...style} />
      <span className="spc-badge-text">{ASSURANCE_WORDS[icon].short}</span>
      <span className="visually-hidden"> ({ASSURANCE_WORDS[icon].long})</span>
    </span>
  );
}

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
        {(Object.keys(VARIATION_WORDS) as VariationIcon[]).map((icon) => (
          <div key={icon}>
            <dt>
              <Icon {...VARIATION_STYLE[icon]} /> {VARIATION_WORDS[icon].short}
            </dt>
            <dd>{VARIATION_WORDS[icon].long}.</dd>
          </div>
        ))}
        {(['consistently-met', 'consistently-missed', 'hit-and-miss', 'recalculate'] as Assurance[]).map((icon) => (
          <div key={icon}>
            <dt>
              <Icon {...ASSURANCE_STYLE[icon]} /> {ASSURANCE_WORDS[icon].short}
            </dt>
            <dd>{ASSURANCE_WORDS[icon].long}.</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
