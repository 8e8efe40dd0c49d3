import { describe, expect, it } from 'vitest';
import { linksInBody } from './emailLinks';
import { trackedHtml } from './trackedHtml';

const body = 'Hello Ana,\nour datasheet: https://example.com/sheet.pdf?a=1&b=2.\nSee you <soon>.';
const footer = '\n\n--\nUnsubscribe here:\nhttps://powercozmo.com/u/tok123';
const text = body + footer;

describe('trackedHtml', () => {
  const html = trackedHtml(text, body, 'email 7', 'https://platform.example/');

  it('points the body’s own links at the click redirect with exactly the address the body holds', () => {
    const href = /<a href="([^"]+)">https:\/\/example\.com\/sheet\.pdf\?a=1&amp;b=2<\/a>\./.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBe(`https://platform.example/t/c/email%207?u=${encodeURIComponent('https://example.com/sheet.pdf?a=1&b=2')}`);
    const asked = new URL(href ?? '').searchParams.get('u');
    // The platform opens only a link the stored body contains, read the same way.
    expect(linksInBody(body)).toContain(asked);
  });

  it('leaves the unsubscribe link direct and adds one open pixel', () => {
    expect(html).toContain('<a href="https://powercozmo.com/u/tok123">https://powercozmo.com/u/tok123</a>');
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain('src="https://platform.example/t/o/email%207.gif"');
  });

  it('escapes the text and keeps its line breaks', () => {
    expect(html).toContain('See you &lt;soon&gt;.');
    expect(html).toContain('Hello Ana,<br>');
    expect(html).not.toContain('<soon>');
  });

  it('cannot be broken out of by a crafted address or text', () => {
    const sneaky = 'Look: https://example.com/x"onmouseover="alert(1) and <script>alert(2)</script>';
    const out = trackedHtml(sneaky, sneaky, 'e1', 'https://platform.example');
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/"onmouseover=/);
  });
});
