// The national quartile band over the published periods, as a strip: a column a period, a row a
// band (A, the best quarter of English councils, at the top), the council's band marked with its
// letter in its row; a period with no band has no mark and says "–" under it. Position and letter
// carry it, so it reads without colour and in black and white; the summary sentence names it for a
// screen reader, and the same figures are the table under it (NationalSection).
import type { BandStripModel } from '../../domain/present/pages/nationalParts';
import './bandStrip.css';

const BANDS = ['A', 'B', 'C', 'D'] as const;

export function BandStrip({ bands, labelledBy }: { bands: BandStripModel['bands']; labelledBy: string }) {
  return (
    <div className="band-strip" role="img" aria-labelledby={labelledBy}>
      <span className="band-strip-axis">
        {BANDS.map((band) => (
          <span key={band}>{band}</span>
        ))}
      </span>
      {bands.map((entry) => (
        <span key={entry.period} className={`band-strip-period${entry.inForce ? ' band-strip-in-force' : ''}`}>
          {BANDS.map((band) => (
            <span key={band} className="band-strip-cell">
              {entry.band === band && <span className="band-strip-mark">{band}</span>}
            </span>
          ))}
          <span className="band-strip-label">{entry.band === null ? `${entry.period} –` : entry.period}</span>
        </span>
      ))}
    </div>
  );
}
