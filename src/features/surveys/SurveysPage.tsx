import { Page } from '../../components/Page';

export function SurveysPage() {
  return (
    <Page title="Surveys">
      <p>Coming soon.</p>
    </Page>
  );
}
