import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A file as the repository names it: relative to `cwd`, with `/` separators, because code scanning
 * and the Actions runner match annotations against paths in the checkout. A file outside `cwd`
 * keeps its absolute path (`outside` tells), since no relative path would name it.
 */
export function repoPath(file: string, cwd: string): { path: string; outside: boolean } {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { path: absolute, outside: true };
  return { path: rel.split(sep).join('/'), outside: false };
}

/**
 * A SARIF `artifactLocation`: a percent-encoded relative uri against `%SRCROOT%` for files in the
 * repository, an absolute `file:` uri for the rest (a space or `#` in a name must not break the uri).
 */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const { path, outside } = repoPath(file, cwd);
  if (outside) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export const SRCROOT = '%SRCROOT%';

/** The `file:` uri of `cwd` as a directory (with the trailing slash SARIF requires of a base). */
export function baseUri(cwd: string): string {
  const href = pathToFileURL(resolve(cwd)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
