import { Page } from '../../components/Page';

export function TargetsPage() {
  return (
    <Page title="Targets">
      <p>Coming soon.</p>
    </Page>
  );
}
