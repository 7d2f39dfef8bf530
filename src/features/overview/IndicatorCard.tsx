// One priority indicator's card on the Overview, laid out from its model: the figure with its one
// status against the target, its one direction, what a changed process means for the target, a
// sparkline of the last year, and everything else (the SPC icons, England, why other signals
// differ, the target's bands, the definition) one tap away under "More about this figure".
import { Link } from '../../routing/routing';
import { DirectionText } from '../../components/DirectionText';
import { RagTag } from '../../components/RagTag';
import { Sparkline } from '../../components/Sparkline';
import { AssuranceBadge, VariationBadge } from '../../components/SpcIcons';
import { TermText } from '../../components/TermText';
import type { CardModel } from '../../domain/present/pages/overview';

function CardMore({ more }: { more: CardModel['more'] }) {
  return (
    <details className="card-more">
      <summary>{more.summary}</summary>
      {(more.variation || more.assurance !== 'none' || more.spcNote) && (
        <p className="spc-row">
          <VariationBadge icon={more.variation} />
          <AssuranceBadge icon={more.assurance} />
          {more.spcNote && (
            <span className="spc-note">
              <TermText segments={more.spcNote} />
            </span>
          )}
        </p>
      )}
      {more.reconcile && (
        <p className="card-reconcile">
          <TermText segments={more.reconcile} />
        </p>
      )}
      {more.england && <p>{more.england}</p>}
      <p>
        Target: {more.target.target}
        {more.target.rule && <span className="threshold-text">{more.target.rule}</span>}
      </p>
      {more.definition && (
        <p>
          <TermText segments={more.definition} />
        </p>
      )}
    </details>
  );
}

export function IndicatorCard({ card }: { card: CardModel }) {
  return (
    <article className={`card card-${card.tone}`} aria-labelledby={`card-${card.id}`}>
      <h3 id={`card-${card.id}`} className="card-title">
        <Link to={card.href}>
          <TermText segments={card.title} linked={false} />
        </Link>
      </h3>
      <p className="card-figure">
        <span className="figure">{card.figure}</span>
        {card.status && <RagTag tag={card.status} />}
      </p>
      <p className="card-direction">
        <DirectionText change={{ ...card.direction, text: card.direction.full }} />
      </p>
      {card.process && <p className="card-process">{card.process}</p>}
      {card.reconcile && (
        <p className="card-reconcile">
          <TermText segments={card.reconcile} />
        </p>
      )}
      {card.smallNumber && <p className="small-denominator">{card.smallNumber}</p>}
      {card.note && <p className="card-note">{card.note}</p>}
      <Sparkline points={card.sparkline.points} label={card.sparkline.label} target={card.sparkline.target} />
      <CardMore more={card.more} />
    </article>
  );
}
