import { Page } from '../../components/Page';

export function IndicatorPage() {
  return (
    <Page title="Indicator">
      <p>Coming soon.</p>
    </Page>
  );
}
