/**
 * Returns a same-origin path to go to after logging in, or the fallback. Only absolute paths
 * ("/x") are accepted: no scheme, no protocol-relative "//host", no backslash tricks.
 */
export function safeNext(next: string | null | undefined, fallback = '/dashboard'): string {
  if (!next) return fallback;
  // Not decoded on purpose: URLSearchParams already decoded it once, and a query string such as
  // "?token=a%2Bb" must keep its encoding. react-router navigates within this origin anyway.
  const value = next.trim();
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20)) return fallback; // control characters
  if (/^\/(login|signup|logout)(\/|\?|$)/.test(value)) return fallback;
  return value;
}

/** Builds "/login?next=…" (or another auth page) that comes back to `returnTo`. */
export function withNext(path: string, returnTo: string | null | undefined, extra?: Record<string, string>): string {
  const params = new URLSearchParams();
  const next = returnTo ? safeNext(returnTo, '') : '';
  if (next) params.set('next', next);
  for (const [k, v] of Object.entries(extra ?? {})) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
