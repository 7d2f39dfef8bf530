/**
 * Ask the browser to fetch the drawn page's own JavaScript (named on its root element by the
 * build, space-separated, relative to <base href>) now, beside the app's code, rather than once
 * the app has started and asks for the page: one round trip fewer before the page is interactive.
 * Each becomes a <link rel="modulepreload"> in the head, as Vite writes its own. Returns the links added.
 */
export function preloadModules(list: string | null | undefined, doc: Document = document): HTMLLinkElement[] {
  const added: HTMLLinkElement[] = [];
  for (const href of new Set((list ?? '').split(/\s+/).filter(Boolean))) {
    // Only the site's own files: a name with a scheme or a leading slash is not one the build wrote.
    if (/^([a-z][a-z0-9+.-]*:|\/)/i.test(href)) continue;
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    doc.head.append(link);
    added.push(link);
  }
  return added;
}
