import { describe, expect, it } from 'vitest';
import { clickTarget, isWebAddress } from './emailLinks';

const body = [
  'Hello Amira,',
  'see our catalogue at https://powercozmo.com/products/solar?ref=mail&x=1.',
  'Datasheet (https://example.com/datasheet.pdf), and http://example.org/a_(b) too!',
  'Not links: javascript:alert(1) ftp://example.com/file www.example.com',
  'Again https://powercozmo.com/products/solar?ref=mail&x=1',
  '<a href="https://html.example.com/page?a=1&amp;b=2">HTML</a>',
].join('\n');

describe('clickTarget', () => {
  it('allows exactly the links of the email, trimmed', () => {
    expect(clickTarget(body, 'https://example.com/datasheet.pdf')).toBe('https://example.com/datasheet.pdf');
    expect(clickTarget(body, '  https://example.com/datasheet.pdf \n')).toBe('https://example.com/datasheet.pdf');
  });

  it('refuses other sites, variants and other schemes', () => {
    for (const asked of [
      'https://evil.example/',
      'https://example.com/datasheet.pdf/../../evil',
      'https://example.com/datasheet.pdf?x',
      'HTTPS://EXAMPLE.COM/datasheet.pdf',
      'https%3A%2F%2Fexample.com%2Fdatasheet.pdf',
      '//example.com/datasheet.pdf',
      'javascript:alert(1)',
      'ftp://example.com/file',
      '',
      undefined,
      ['https://example.com/datasheet.pdf'],
    ]) {
      expect(clickTarget(body, asked)).toBeNull();
    }
  });

  it('gives a header-safe address', () => {
    const target = clickTarget('Look: https://exämple.com/ü?q=ä', 'https://exämple.com/ü?q=ä');
    expect(target).toBe('https://xn--exmple-cua.com/%C3%BC?q=%C3%A4');
  });
});

describe('isWebAddress', () => {
  it('knows web addresses', () => {
    expect(isWebAddress('https://a.example')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('not a url')).toBe(false);
  });
});
