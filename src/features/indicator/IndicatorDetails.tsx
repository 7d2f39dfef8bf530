// The Indicator page's reference parts: the log of target changes, the published comparators with
// their sources and notes, and how the indicator is counted.
import { DataTable } from '../../components/DataTable';
import { TermText } from '../../components/TermText';
import type { IndicatorModel } from '../../domain/present/pages/indicator';
import type { TableModel } from '../../domain/present/table';

export function TargetChangesSection({ table }: { table: TableModel }) {
  return (
    <section aria-labelledby="target-changes-heading">
      <h2 id="target-changes-heading">Target changes</h2>
      <DataTable table={table} />
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
