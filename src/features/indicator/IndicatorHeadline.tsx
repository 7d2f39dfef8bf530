// The Indicator page's headline: the month's figure with its status against the target and its
// quality, its one direction and what a changed process means for the target, as the Overview's
// card says them,
// the counts, the note, the key facts (the national line among them) and the sentence reconciling
// the month's figure with the DfE's published one; and the month's story under the board's three
// questions.
import { DirectionText } from '../../components/DirectionText';
import { Facts } from '../../components/Facts';
import { RagTag } from '../../components/RagTag';
import type { IndicatorModel } from '../../domain/present/pages/indicator';

export function IndicatorHeadline({ headline }: { headline: NonNullable<IndicatorModel['headline']> }) {
  return (
    <section className="indicator-headline" aria-label={headline.label}>
      <p className="card-figure">
        <span className="figure">{headline.figure}</span>
        {headline.status && <RagTag tag={headline.status} />}
        {headline.quality && <span className={`quality-tag quality-${headline.quality.level}`}>{headline.quality.text}</span>}
      </p>
      <p className="card-direction">
        <DirectionText change={{ ...headline.change, text: headline.change.full }} />
      </p>
      {headline.process && <p className="card-process">{headline.process}</p>}
      {headline.smallNumber && <p className="small-denominator">{headline.smallNumber}</p>}
      {headline.counted && <p>{headline.counted}</p>}
      {headline.note && <p>{headline.note}</p>}
      <Facts facts={headline.facts} className="facts" />
      {headline.twoFigures && <p className="two-figures">{headline.twoFigures}</p>}
    </section>
  );
}

export function NarrativeSection({ narrative }: { narrative: NonNullable<IndicatorModel['narrative']> }) {
  return (
    <section className="narrative" aria-labelledby="narrative-heading">
      <h2 id="narrative-heading">{narrative.heading}</h2>
      {narrative.parts.map((part) => (
        <div key={part.key}>
          <h3>{part.heading}</h3>
          <p>{part.text}</p>
        </div>
      ))}
      {narrative.owner && <p className="narrative-owner">{narrative.owner}</p>}
    </section>
  );
}
