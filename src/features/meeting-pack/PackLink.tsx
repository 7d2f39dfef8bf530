// A link within the pack (the contents to a section, a marked term to its glossary entry): on
// screen a link that moves to the place and focuses it; on paper the same words, not a link, as
// nothing on paper can be followed (and a printed PDF must carry no link). The paper's words are
// drawn by CSS from `data-print-text` (meetingPack.css), so the text is in the document once.
import type { MouseEvent } from 'react';
import { useHref, useLocation } from '../../routing/routing';

/** The pack's own address with a fragment: the page keeps a <base href> to the site's root, so "#id" alone would lead to the Overview. */
export function usePackHref(): (id: string) => string {
  const location = useLocation();
  const href = useHref({ pathname: location.pathname, search: location.search });
  return (id) => `${href}#${id}`;
}

function jump(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    // Move by hand: a fragment navigation would be a navigation for the router.
    event.preventDefault();
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  };
}

/** `abbr`: the text is an abbreviation with this expansion. */
export function PackLink({ to, href, text, abbr, title, className }: { to: string; href: (id: string) => string; text: string; abbr?: string; title?: string; className?: string }) {
  const classes = (extra: string) => [extra, className].filter(Boolean).join(' ');
  return (
    <>
      <a href={href(to)} onClick={jump(to)} title={title} className={classes('pack-screen-only')}>
        {abbr ? <abbr title={abbr}>{text}</abbr> : text}
      </a>
      {abbr ? <abbr title={abbr} className={classes('pack-print-only')} data-print-text={text} /> : <span className={classes('pack-print-only')} data-print-text={text} />}
    </>
  );
}
