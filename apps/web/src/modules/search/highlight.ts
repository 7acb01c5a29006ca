// Highlighted text from the search API ("<mark>recyc</mark>lage") rendered safely: every character is
// HTML-escaped, then only the <mark> and </mark> tags are put back. A name such as
// "<script>…</script>" therefore stays text. Tested in highlight.spec.ts.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Safe HTML holding only balanced <mark> elements (an unbalanced tag is dropped). */
export function sanitizeHighlight(html: string): string {
  const escaped = escapeHtml(html);
  let open = false;
  const out = escaped.replace(/&lt;(\/?)mark&gt;/gi, (_, slash: string) => {
    if (!slash && !open) {
      open = true;
      return '<mark>';
    }
    if (slash && open) {
      open = false;
      return '</mark>';
    }
    return '';
  });
  return open ? `${out}</mark>` : out;
}

/** The plain text of a highlight (tags removed), e.g. for an accessible name or a CSV cell. */
export function stripMarks(html: string): string {
  return html.replace(/<\/?mark>/gi, '');
}
