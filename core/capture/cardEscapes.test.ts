import { describe, expect, it } from 'vitest';
import { splitUnescaped, unescapeMeCardText, unescapeVCardText } from './cardEscapes';

describe('splitUnescaped', () => {
  it('splits on separators that are not escaped', () => {
    expect(splitUnescaped('a;b\\;c;;d', ';')).toEqual(['a', 'b\\;c', '', 'd']);
  });

  it('keeps an escaped backslash before a separator as an escape of the backslash', () => {
    expect(splitUnescaped('a\\\\;b', ';')).toEqual(['a\\\\', 'b']);
  });

  it('keeps a trailing lone backslash', () => {
    expect(splitUnescaped('a\\', ';')).toEqual(['a\\']);
  });

  it('returns one empty piece for empty text', () => {
    expect(splitUnescaped('', ';')).toEqual(['']);
  });
});

describe('unescaping', () => {
  it('turns vCard \\n into line breaks and drops other escapes', () => {
    expect(unescapeVCardText('Line 1\\nLine 2\\NLine 3\\, comma\\; semi\\\\ slash\\: colon')).toBe(
      'Line 1\nLine 2\nLine 3, comma; semi\\ slash: colon',
    );
  });

  it('makes the next character literal in MECARD', () => {
    expect(unescapeMeCardText('A\\;B\\:C\\,D\\\\E\\n')).toBe('A;B:C,D\\En');
  });
});
