import { escapeHtml, sanitizeHighlight, stripMarks } from './highlight';

describe('highlight sanitising', () => {
  it('keeps <mark> around matched words', () => {
    expect(sanitizeHighlight('<mark>Recyc</mark>lerie du Nord')).toBe('<mark>Recyc</mark>lerie du Nord');
  });

  it('keeps a <script> in a name as text', () => {
    const html = sanitizeHighlight('<script>alert(1)</script> <mark>Recyclage</mark>');
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>Recyclage</mark>');
    expect(html).not.toContain('<script');
  });

  it('escapes attributes and entities, and drops marks with attributes', () => {
    expect(sanitizeHighlight('<img src=x onerror="a()"> & \'b\'')).toBe('&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &#39;b&#39;');
    expect(sanitizeHighlight('<mark onclick="x">a</mark>')).toBe('&lt;mark onclick=&quot;x&quot;&gt;a');
  });

  it('balances stray or unclosed marks', () => {
    expect(sanitizeHighlight('a</mark>b<mark>c')).toBe('ab<mark>c</mark>');
  });

  it('escapes plain names and strips marks for plain text', () => {
    expect(escapeHtml('Tom & Jerry <SCOP>')).toBe('Tom &amp; Jerry &lt;SCOP&gt;');
    expect(stripMarks('<mark>Re</mark>cyclage')).toBe('Recyclage');
  });
});
