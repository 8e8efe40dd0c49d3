import { describe, expect, it } from 'vitest';
import { escapeHtml, messagePage, page, pageCsp } from './html';

describe('escapeHtml', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`' onmouseover='x' \` &amp;`)).toBe('&#39; onmouseover=&#39;x&#39; &#96; &amp;amp;');
  });

  it('turns anything into text', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
    expect(escapeHtml('plain text, ü and 中文')).toBe('plain text, ü and 中文');
  });
});

describe('page', () => {
  it('escapes the title and keeps the body as given', () => {
    const html = page('<b>Title</b>', '<p>ok</p>');
    expect(html).toContain('<title>&lt;b&gt;Title&lt;/b&gt;</title>');
    expect(html).toContain('<p>ok</p>');
    expect(html).not.toContain('<script');
  });

  it('writes message paragraphs as text', () => {
    const html = messagePage('Done', 'a <img src=x onerror=alert(1)> b');
    expect(html).toContain('<p>a &lt;img src=x onerror=alert(1)&gt; b</p>');
    expect(html).not.toMatch(/<img/);
  });

  it('forbids scripts by policy', () => {
    expect(pageCsp).toContain("default-src 'none'");
    expect(pageCsp).not.toContain('script-src');
  });
});
