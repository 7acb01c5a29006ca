import { MAILDEV_API_URL } from './env';

// maildev 3 REST API (@maildev/api): GET /api/email lists full emails in arrival order, each with
// { id, time, subject, from: Address[], to: Address[], envelope: { to: Address[] }, html?, text?,
// source }. The body may be absent from the list, so bodyOf() falls back to /api/email/:id,
// /api/email/:id/html and finally the raw /api/email/:id/source.

interface Address {
  address: string;
  name?: string;
}

export interface MaildevEmail {
  id: string;
  time: string;
  subject: string;
  to?: Address[];
  cc?: Address[];
  envelope?: { to?: Address[] };
  headers?: Record<string, string | string[]>;
  html?: string;
  text?: string;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${MAILDEV_API_URL}${path}`);
  if (!response.ok) throw new Error(`maildev ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function getText(path: string): Promise<string | null> {
  const response = await fetch(`${MAILDEV_API_URL}${path}`);
  return response.ok ? response.text() : null;
}

export function listEmails(): Promise<MaildevEmail[]> {
  return getJson<MaildevEmail[]>('/api/email');
}

export function recipients(email: MaildevEmail): string[] {
  const all = [...(email.to ?? []), ...(email.cc ?? []), ...(email.envelope?.to ?? [])];
  const header = email.headers?.['to'];
  const headerText = Array.isArray(header) ? header.join(',') : (header ?? '');
  const fromHeader = headerText.match(/[^\s<>,"]+@[^\s<>,"]+/g) ?? [];
  return [...all.map((a) => a.address), ...fromHeader].map((a) => a.toLowerCase());
}

export function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#x3D;|&#61;/gi, '=')
    .replace(/&#x2F;|&#47;/gi, '/')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

export async function bodyOf(email: MaildevEmail): Promise<string> {
  if (email.html || email.text) return `${email.html ?? ''}\n${email.text ?? ''}`;
  const full = await getJson<MaildevEmail>(`/api/email/${encodeURIComponent(email.id)}`).catch(() => null);
  if (full && (full.html || full.text)) return `${full.html ?? ''}\n${full.text ?? ''}`;
  const html = await getText(`/api/email/${encodeURIComponent(email.id)}/html`);
  if (html) return html;
  const source = await getText(`/api/email/${encodeURIComponent(email.id)}/source`);
  return source ? decodeQuotedPrintable(source) : '';
}

/** Every http(s) link in a body, entities decoded. */
export function extractLinks(body: string): URL[] {
  const links: URL[] = [];
  for (const match of decodeEntities(body).matchAll(/https?:\/\/[^\s"'<>]+/g)) {
    try {
      links.push(new URL(match[0].replace(/[).,;]+$/, '')));
    } catch {
      /* not a URL */
    }
  }
  return links;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface WaitForLinkOptions {
  /** Recipient address (case-insensitive). */
  to: string;
  /** Path of the wanted link, e.g. "/verify-email". */
  pathname: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls maildev until an email to `to` contains a link whose path is `pathname`, and returns the
 * newest such link. Throws with what was seen when the timeout passes.
 */
export async function waitForLink({ to, pathname, timeoutMs = 30_000, intervalMs = 500 }: WaitForLinkOptions): Promise<URL> {
  const deadline = Date.now() + timeoutMs;
  const wanted = to.toLowerCase();
  let seen: string[] = [];
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      const emails = (await listEmails())
        .filter((email) => recipients(email).includes(wanted))
        .sort((a, b) => new Date(b.time).getTime() - new Date(a.time).getTime());
      seen = emails.map((email) => email.subject);
      for (const email of emails) {
        const link = extractLinks(await bodyOf(email)).find((url) => url.pathname === pathname);
        if (link) return link;
      }
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(
    `No email to ${to} with a ${pathname} link within ${timeoutMs} ms (subjects seen: ${JSON.stringify(seen)}` +
      `${lastError ? `; last error: ${String(lastError)}` : ''})`,
  );
}

/** The link as a path on the web app under test (the API's WEB_URL host may differ from E2E_WEB_URL). */
export function pathOf(link: URL): string {
  return `${link.pathname}${link.search}`;
}
