import type { KeyPart } from '../domain/present/chartKey';

/** A chart's key: its words, with each point shape drawn for the eye and hidden from screen readers. */
export function ChartKey({ parts }: { parts: readonly KeyPart[] }) {
  return (
    <>
      {parts.map((part, index) => (typeof part === 'string' ? part : <span key={index} aria-hidden="true">{part.symbol}</span>))}
    </>
  );
}
