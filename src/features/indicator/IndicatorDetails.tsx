// The Indicator page's reference parts: the log of target changes, the published comparators with
// their sources and notes, where the council stands nationally, and how the indicator is counted.
import { DataTable } from '../../components/DataTable';
import { TermText } from '../../components/TermText';
import type { IndicatorModel } from '../../domain/present/pages/indicator';
import type { TableModel } from '../../domain/present/table';
import { BandStrip } from './BandStrip';

export function TargetChangesSection({ table }: { table: TableModel }) {
  return (
    <section aria-labelledby="target-changes-heading">
      <h2 id="target-changes-heading">Target changes</h2>
      <DataTable table={table} className="table-months" />
    </section>
  );
}

export function ComparatorsSection({ comparators }: { comparators: NonNullable<IndicatorModel['comparators']> }) {
  return (
    <section aria-labelledby="benchmarks-heading">
      <h2 id="benchmarks-heading">{comparators.heading}</h2>
      <DataTable table={comparators.table} className="table-months" />
      {comparators.source && <p>{comparators.source}</p>}
      {comparators.notes.length > 0 && (
        <ul>
          {comparators.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function DefinitionSection({ definition }: { definition: IndicatorModel['definition'] }) {
  return (
    <section aria-labelledby="definition-heading">
      <h2 id="definition-heading">{definition.heading}</h2>
      <p>{definition.terms ? <TermText segments={definition.terms} /> : definition.none}</p>
      <p>
        Indicator id <code>{definition.id}</code>
        {definition.after}
      </p>
    </section>
  );
}

/** Where the council stands nationally: the band over the published periods as a strip, its sentence, the outlined period in words, the table and the rule. */
export function NationalSection({ national }: { national: NonNullable<IndicatorModel['national']> }) {
  return (
    <section className="national" aria-labelledby="national-heading">
      <h2 id="national-heading">{national.heading}</h2>
      {national.line && <p>{national.line}</p>}
      <p className="chart-summary" id="national-summary">
        {national.summary}
      </p>
      <figure className="chart-figure band-strip-figure" aria-labelledby="national-heading" aria-describedby="national-summary">
        <BandStrip bands={national.bands} labelledBy="national-summary" />
        {national.inForce && <figcaption className="chart-key">{national.inForce}</figcaption>}
      </figure>
      <DataTable table={national.table} className="table-months" />
      <p>{national.rule}</p>
    </section>
  );
}
