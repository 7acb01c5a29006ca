/** Extra parts of an email: a bulleted list after the paragraphs, and a small-print footer with links (unsubscribe…). */
export interface EmailExtras {
  items?: string[];
  footer?: { text: string; links: { label: string; url: string }[] };
}

/** Minimal, accessible HTML wrapper shared by every email; text part is always sent too. */
export function emailHtml(lang: 'fr' | 'en', title: string, paragraphs: string[], action?: { label: string; url: string }, extras: EmailExtras = {}): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
  const items = extras.items?.length ? `<ul>${extras.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '';
  const button = action ? `<p><a href="${esc(action.url)}" style="background:#0b5d3b;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${esc(action.label)}</a></p><p style="font-size:12px">${esc(action.url)}</p>` : '';
  const footer = extras.footer
    ? `<p style="color:#555;font-size:12px">${esc(extras.footer.text)}${extras.footer.links.map((l) => ` <a href="${esc(l.url)}" style="color:#555">${esc(l.label)}</a>`).join(' ·')}</p>`
    : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body style="font-family:sans-serif;max-width:560px">${`<h1 style="font-size:20px">${esc(title)}</h1>`}${body}${items}${button}${footer}<p style="color:#555;font-size:12px">Essor</p></body></html>`;
}
