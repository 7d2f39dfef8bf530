// One indicator in a month, laid out from its model (present/pages/indicator.ts): the headline and
// key facts, the month's story, the trend or the SPC chart with their tables, the team breakdown,
// the RAG history, the target changes, where the council stands nationally, the published
// comparators and how it is counted.
import { Link, useParams, useSearchParams } from '../../routing/routing';
import { MonthPicker } from '../../components/MonthPicker';
import { Page } from '../../components/Page';
import { RagHistory } from '../../components/RagHistory';
import { TermText } from '../../components/TermText';
import { useIndicatorModel } from '../../data/useIndicatorModel';
import { IndicatorHeadline, NarrativeSection } from './IndicatorHeadline';
import { BreakdownSection, TrendSection } from './TrendSection';
import { ComparatorsSection, DefinitionSection, NationalSection, TargetChangesSection } from './IndicatorDetails';
import { SpcView } from './SpcView';

function withParam(params: URLSearchParams, key: string, value: string): string {
  const copy = new URLSearchParams(params);
  if (value) copy.set(key, value);
  else copy.delete(key);
  return copy.toString();
}

export function IndicatorPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const model = useIndicatorModel(id, params.get('view'), params.get('recalculate'));

  if (model.kind === 'not-found') {
    return (
      <Page title={model.title}>
        <p>{model.message}</p>
        {model.suggestion && (
          <p>
            Did you mean <Link to={model.suggestion.href}>{model.suggestion.text}</Link>?
          </p>
        )}
        <p>
          <Link to={model.back.href}>{model.back.text}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={model.title} month={model.month}>
      <p className="lead">
        <TermText segments={model.lead} />
      </p>
      {model.month && <MonthPicker months={model.months} month={model.month} />}
      {model.headline && <IndicatorHeadline headline={model.headline} />}
      {model.narrative && <NarrativeSection narrative={model.narrative} />}

      <nav className="view-switch" aria-label="Chart type">
        {model.views.map((view) => (
          <Link key={view.value} to={`?${withParam(params, 'view', view.value)}`} aria-current={view.current ? 'page' : undefined}>
            {view.label}
          </Link>
        ))}
      </nav>

      {model.spc && (model.spc.view ? <SpcView spc={model.spc.view} recalculateHref={(value) => `?${withParam(params, 'recalculate', value)}`} /> : <p>{model.spc.none}</p>)}
      {model.trend && <TrendSection trend={model.trend} />}
      {model.breakdown && <BreakdownSection breakdown={model.breakdown} />}

      <section aria-labelledby="rag-history-heading">
        <h2 id="rag-history-heading">{model.ragHistory.heading}</h2>
        <RagHistory cells={model.ragHistory.cells} />
      </section>

      {model.targetChanges && <TargetChangesSection table={model.targetChanges} />}
      {model.national && <NationalSection national={model.national} />}
      {model.comparators && <ComparatorsSection comparators={model.comparators} />}
      <DefinitionSection definition={model.definition} />
    </Page>
  );
}
