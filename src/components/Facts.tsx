import type { Fact } from '../domain/present/pages/indicator';

/** Key facts as a description list: each term with its words, some in bold. */
export function Facts({ facts, className }: { facts: readonly Fact[]; className: string }) {
  return (
    <dl className={className}>
      {facts.map((fact) => (
        <div key={fact.term}>
          <dt>{fact.term}</dt>
          <dd>{fact.parts.map((part, index) => (part.strong ? <strong key={index}>{part.text}</strong> : part.text))}</dd>
        </div>
      ))}
    </dl>
  );
}
