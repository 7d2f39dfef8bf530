// The pointer and the manifest name files for the browser to fetch. A name is fetched only when it
// is a plain relative path inside the data folder: no `..`, no backslash (a URL treats it as `/`,
// so `snapshots/..\..\x.json` leaves the folder), no scheme or host, nothing a URL would decode.

/** Why `path` may not be fetched from the data folder, or undefined when it may. */
export function unsafeDataPathReason(path: string): string | undefined {
  if (path === '') return 'an empty path';
  if (path.includes('\\')) return 'a backslash, which a web address reads as /';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'a control character';
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return 'a scheme (such as https:), which leaves the data folder';
  if (path.startsWith('/')) return 'a path from the root of the site, not inside the data folder';
  if (path.split('/').some((part) => part === '..' || part === '.')) return 'a ".." or "." part';
  if (path.split('/').some((part) => part === '')) return 'an empty part (//)';
  if (/[?#%]/.test(path)) return 'a ?, # or %, which a web address would read as more than a name';
  return undefined;
}

export function isSafeDataPath(path: string): boolean {
  return unsafeDataPathReason(path) === undefined;
}
