import { describe, expect, it } from 'vitest';
import { linksInBody } from './emailLinks';

const body = [
  'Hello Amira,',
  'see our catalogue at https://powercozmo.com/products/solar?ref=mail&x=1.',
  'Datasheet (https://example.com/datasheet.pdf), and http://example.org/a_(b) too!',
  'Not links: javascript:alert(1) ftp://example.com/file www.example.com',
  'Again https://powercozmo.com/products/solar?ref=mail&x=1',
  '<a href="https://html.example.com/page?a=1&amp;b=2">HTML</a>',
].join('\n');

describe('linksInBody', () => {
  it('finds each http(s) address once, without trailing punctuation', () => {
    expect(linksInBody(body)).toEqual([
      'https://powercozmo.com/products/solar?ref=mail&x=1',
      'https://example.com/datasheet.pdf',
      'http://example.org/a_(b)',
      'https://html.example.com/page?a=1&b=2',
    ]);
  });

  it('finds nothing in a body without links', () => {
    expect(linksInBody('')).toEqual([]);
    expect(linksInBody('call me at +971 4 123 4567')).toEqual([]);
  });
});

