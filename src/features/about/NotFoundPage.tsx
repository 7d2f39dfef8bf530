import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>There is no page at this address. If you typed it, check it is correct.</p>
      <p>
        <Link to="/">Go to the overview</Link>
      </p>
    </Page>
  );
}
