import { Page } from '../../components/Page';

export function WorkstreamsPage() {
  return (
    <Page title="Workstreams">
      <p>Coming soon.</p>
    </Page>
  );
}
