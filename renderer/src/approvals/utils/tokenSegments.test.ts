import { describe, expect, it } from 'vitest';
import { linesWithTokens, tokenLabel, tokenSegments } from './tokenSegments';

describe('tokenSegments', () => {
  it('cuts text into plain and token pieces in order', () => {
    expect(tokenSegments('Dear {{lead.firstName}}, about {{ lead.company }}.')).toEqual([
      { text: 'Dear ', token: false },
      { text: '{{lead.firstName}}', token: true },
      { text: ', about ', token: false },
      { text: '{{ lead.company }}', token: true },
      { text: '.', token: false },
    ]);
  });

  it('leaves text without tokens whole, and empty braces or a single brace as plain text', () => {
    expect(tokenSegments('Hello')).toEqual([{ text: 'Hello', token: false }]);
    expect(tokenSegments('{{}} and {x}')).toEqual([{ text: '{{}} and {x}', token: false }]);
    expect(tokenSegments('')).toEqual([]);
  });

  it('a token at the very start or end', () => {
    expect(tokenSegments('{{a}}b{{c}}').map((s) => s.token)).toEqual([true, false, true]);
  });
});

describe('linesWithTokens', () => {
  it('numbers only the lines that still hold a token', () => {
    const lines = linesWithTokens('Hi {{lead.firstName}},\n\nThanks.\nBest, {{sender.name}}');
    expect(lines.map((l) => l.line)).toEqual([1, 4]);
    expect(lines[1]?.segments).toEqual([
      { text: 'Best, ', token: false },
      { text: '{{sender.name}}', token: true },
    ]);
  });
});

describe('tokenLabel', () => {
  it('shows a token with its braces whether or not it came with them', () => {
    expect(tokenLabel('lead.firstName')).toBe('{{lead.firstName}}');
    expect(tokenLabel('{{ lead.firstName }}')).toBe('{{lead.firstName}}');
  });
});
