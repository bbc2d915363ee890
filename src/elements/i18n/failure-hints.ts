// What the words of a load failure (contract/load-error.ts) say beyond its data, in every language.

/** A byte limit as people say it: "10 MB", or "1,000 bytes" under a megabyte. */
export function byteLimit(maxBytes: number, locale: string): string {
  return maxBytes >= 1e6 ? `${Math.round(maxBytes / 1e6)} MB` : `${maxBytes.toLocaleString(locale)} bytes`;
}

/** What to do about an HTTP status: sign in (401, 403), check the URL (404), wait (5xx, 429), or nothing (refused). */
export function httpHint(status: number): 'sign-in' | 'check-url' | 'later' | 'refused' {
  return status === 401 || status === 403 ? 'sign-in' : status === 404 ? 'check-url' : status >= 500 || status === 429 ? 'later' : 'refused';
}
