// One section of the pack: its running head, and the marks the page plan measures it by
// (measurePack.ts): whether it starts a sheet or may flow on after the section before, whether it
// may share a sheet with the indicator before.
import type { CSSProperties, ReactNode } from 'react';
import { RunningHead } from './RunningHead';

export interface SectionPlacing {
  /** The CSS page name (packPageRules.ts' named @page rules): the footer of its sheets. */
  pageName: string;
  /** Printed on the page of the section before it, with no break (the page plan's `shares`). */
  shares?: boolean;
}

/** What every section is given: who the pack is for, its reference, where it prints, and whether it may follow the part before on its sheet (the model's part). */
export interface PartProps {
  source: string;
  reference: string;
  placing: SectionPlacing;
  flows?: boolean;
  pairable?: boolean;
}

export function PackSection({ id, labelledBy, source, reference, placing, flows = false, pairable = false, className, dataIndicator, children }: PartProps & { id: string; labelledBy?: string; className?: string; dataIndicator?: string; children: ReactNode }) {
  const classes = ['pack-section', placing.shares ? 'pack-shares' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <section style={{ page: placing.pageName } as CSSProperties} className={classes} aria-labelledby={labelledBy} data-pack-section={id} data-pack-flows={flows ? '' : undefined} data-pack-pairable={pairable ? '' : undefined} data-indicator={dataIndicator}>
      <RunningHead source={source} reference={reference} />
      {children}
    </section>
  );
}
