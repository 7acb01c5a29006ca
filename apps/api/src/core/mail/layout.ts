/** Minimal, accessible HTML wrapper shared by every email; text part is always sent too. */
export function emailHtml(lang: 'fr' | 'en', title: string, paragraphs: string[], action?: { label: string; url: string }): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
  const button = action ? `<p><a href="${esc(action.url)}" style="background:#0b5d3b;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${esc(action.label)}</a></p><p style="font-size:12px">${esc(action.url)}</p>` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body style="font-family:sans-serif;max-width:560px">${`<h1 style="font-size:20px">${esc(title)}</h1>`}${body}${button}<p style="color:#555;font-size:12px">Essor</p></body></html>`;
}
