import { describe, expect, it } from 'vitest';
import { addressKey, cryptoRandomToken } from './emailDeps';

describe('cryptoRandomToken', () => {
  it('is 128 bits as 32 hex digits, different every time', () => {
    const tokens = new Set(Array.from({ length: 200 }, cryptoRandomToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('addressKey', () => {
  it('matches addresses written with other case or spaces', () => {
    expect(addressKey('  Ahmed@Buyer.Example ')).toBe('ahmed@buyer.example');
    expect(addressKey('')).toBe('');
  });
});
