import { Link } from '../routing/routing';
import { Page } from './Page';

export function NoData({ title }: { title: string }) {
  return (
    <Page title={title}>
      <p>There are no monthly figures to show yet.</p>
      <p>
        <Link to="/data-files/">See the data files and any problems with them</Link>.
      </p>
    </Page>
  );
}
