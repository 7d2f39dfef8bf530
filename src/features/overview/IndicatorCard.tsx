// One priority indicator's card on the Overview, laid out from its model: the figure and its RAG,
// the SPC icons, why two signals differ, the change, the target and a sparkline of the last year.
import { Link } from '../../routing/routing';
import { DirectionText } from '../../components/DirectionText';
import { RagTag } from '../../components/RagTag';
import { Sparkline } from '../../components/Sparkline';
import { AssuranceBadge, VariationBadge } from '../../components/SpcIcons';
import { TermText } from '../../components/TermText';
import type { CardModel } from '../../domain/present/pages/overview';

export function IndicatorCard({ card }: { card: CardModel }) {
  return (
    <article className={`card card-${card.tag.tone}`} aria-labelledby={`card-${card.id}`}>
      <h3 id={`card-${card.id}`} className="card-title">
        <Link to={card.href}>
          <TermText segments={card.title} linked={false} />
        </Link>
      </h3>
      <p className="card-figure">
        <span className="figure">{card.figure}</span>
        <RagTag tag={card.tag} />
      </p>
      <p className="spc-row">
        <VariationBadge icon={card.variation} />
        <AssuranceBadge icon={card.assurance} />
        {card.spcNote && (
          <span className="spc-note">
            <TermText segments={card.spcNote} />
          </span>
        )}
      </p>
      {card.reconcile && (
        <p className="card-reconcile">
          <TermText segments={card.reconcile} />
        </p>
      )}
      {card.smallNumber && <p className="small-denominator">{card.smallNumber}</p>}
      {card.note && <p className="card-note">{card.note}</p>}
      <dl className="card-facts">
        <div>
          <dt>Change</dt>
          <dd>
            <DirectionText change={card.change} />
            {card.change.previous && <span className="card-previous"> {card.change.previous}</span>}
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {card.target.target}
            {card.target.rule && <span className="threshold-text">{card.target.rule}</span>}
          </dd>
        </div>
      </dl>
      <Sparkline points={card.sparkline.points} label={card.sparkline.label} target={card.sparkline.target} />
      {card.definition && (
        <details className="card-definition">
          <summary>What this measures</summary>
          <p>
            <TermText segments={card.definition} />
          </p>
        </details>
      )}
    </article>
  );
}
