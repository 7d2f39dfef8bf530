import { Page } from '../../components/Page';

export function AccessibilityPage() {
  return (
    <Page title="Accessibility statement">
      <p>Draft.</p>
    </Page>
  );
}
