import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

const fast = { N: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse', fast);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('stores the parameters and a random salt with each hash', async () => {
    const a = await hashPassword('same', fast);
    const b = await hashPassword('same', fast);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same', b)).toBe(true);
  });

  it('uses the default cost when none is given', async () => {
    const hash = await hashPassword('demo-password');
    expect(hash.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('demo-password', hash)).toBe(true);
  });

  it('treats unicode forms of one password as the same password', async () => {
    const hash = await hashPassword('caf\u00e9', fast);
    expect(await verifyPassword('cafe\u0301', hash)).toBe(true);
  });

  it('refuses hashes it cannot read instead of throwing', async () => {
    const hash = await hashPassword('x', fast);
    const [, , r, p, salt, key] = hash.split('$');
    for (const bad of ['', 'plain', 'bcrypt$2b$10$abc', `scrypt$1000$${r}$${p}$${salt}$${key}`, `scrypt$4194304$${r}$${p}$${salt}$${key}`, `scrypt$1024$0$${p}$${salt}$${key}`, `scrypt$1024$${r}$${p}$$${key}`, `scrypt$1024$${r}$${p}$${salt}$AAAA`, `scrypt$1024$${r}$${p}$${salt}$${key}!`]) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });
});
