import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginResponse, platformUser } from '../../core/sync/protocol';
import { startTestPlatform, type TestPlatform } from '../fixtures/platformServer';

describe('sign-in and bearer tokens', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(async () => platform?.close());

  it('signs a demo user in and tells who the token belongs to', async () => {
    const before = Date.now();
    const login = await platform.login('Omar@Demo.PowerCozmo.com ');
    expect(login.user).toEqual({ id: 'seller-omar', email: 'omar@demo.powercozmo.com', name: 'Omar Farouk', role: 'seller', teamId: 'team-gulf' });
    expect(login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(login.expiresAt).toBeGreaterThanOrEqual(before + platform.config.tokenTtlMs);
    const me = await platform.call('GET', '/auth/me', { token: login.token });
    expect(me.status).toBe(200);
    expect(platformUser.parse(me.body)).toEqual(login.user);
  });

  it('gives each sign-in its own token and stores only its hash', async () => {
    const first = await platform.login('lena@demo.powercozmo.com');
    const second = await platform.login('lena@demo.powercozmo.com');
    expect(first.token).not.toBe(second.token);
    const { rows } = await platform.platform.db.query<{ token_hash: string }>('SELECT token_hash FROM tokens');
    const stored = rows.map((row) => row.token_hash);
    expect(stored.length).toBeGreaterThanOrEqual(2);
    expect(stored).not.toContain(first.token);
    for (const hash of stored) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const { rows: users } = await platform.platform.db.query<{ password_hash: string }>('SELECT password_hash FROM users');
    for (const user of users) {
      expect(user.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
      expect(user.password_hash).not.toContain('demo-password');
    }
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await platform.call('POST', '/auth/login', { body: { email: 'omar@demo.powercozmo.com', password: 'demo-passwort' } });
    const unknown = await platform.call('POST', '/auth/login', { body: { email: 'nobody@demo.powercozmo.com', password: 'demo-password' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({ error: 'invalid_credentials' });
  });

  it('refuses a sign-in without email or password', async () => {
    for (const body of [{}, { email: 'omar@demo.powercozmo.com' }, { email: 'omar@demo.powercozmo.com', password: '' }, { email: 1, password: 2 }, { email: 'omar\u0000@demo.powercozmo.com', password: 'x' }, { email: 'omar@demo.powercozmo.com', password: '\ud800' }]) {
      const reply = await platform.call('POST', '/auth/login', { body });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ error: 'invalid_request' });
    }
  });

  it('refuses a disabled user even with the right password, and their old tokens', async () => {
    const login = await platform.login('tom@demo.powercozmo.com');
    await platform.platform.db.query('UPDATE users SET disabled = true WHERE id = $1', ['seller-tom']);
    const reply = await platform.call('POST', '/auth/login', { body: { email: 'tom@demo.powercozmo.com', password: 'demo-password' } });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ error: 'invalid_credentials' });
    expect((await platform.call('GET', '/auth/me', { token: login.token })).status).toBe(401);
    await platform.platform.db.query('UPDATE users SET disabled = false WHERE id = $1', ['seller-tom']);
  });

  it('refuses missing, malformed and unknown tokens with 401 unauthorized', async () => {
    for (const authorization of [undefined, 'Bearer', 'Basic b21hcjpkZW1v', 'Bearer short', `Bearer ${'a'.repeat(43)}`]) {
      const reply = await fetch(`${platform.url}/auth/me`, { headers: authorization ? { authorization } : {} });
      expect(reply.status).toBe(401);
      expect(await reply.json()).toMatchObject({ error: 'unauthorized' });
    }
  });

  it('revokes the token on logout, and only that one', async () => {
    const phone = await platform.login('sara@demo.powercozmo.com');
    const laptop = await platform.login('sara@demo.powercozmo.com');
    const logout = await platform.call('POST', '/auth/logout', { token: phone.token });
    expect(logout.status).toBe(204);
    expect((await platform.call('GET', '/auth/me', { token: phone.token })).status).toBe(401);
    expect((await platform.call('POST', '/sync/leads/pull', { token: phone.token, body: {} })).status).toBe(401);
    expect((await platform.call('GET', '/auth/me', { token: laptop.token })).status).toBe(200);
    expect((await platform.call('POST', '/auth/logout', { token: phone.token })).status).toBe(401);
  });

  it("lets the admin revoke all of a user's tokens, and nobody else", async () => {
    const admin = await platform.login('marketplace@demo.powercozmo.com');
    const manager = await platform.login('maria@demo.powercozmo.com');
    const ravi1 = await platform.login('ravi@demo.powercozmo.com');
    const ravi2 = await platform.login('ravi@demo.powercozmo.com');
    const byManager = await platform.call('POST', '/admin/users/seller-ravi/revoke-tokens', { token: manager.token });
    expect(byManager.status).toBe(403);
    const bySeller = await platform.call('POST', '/admin/users/seller-ravi/revoke-tokens', { token: ravi1.token });
    expect(bySeller.status).toBe(403);
    const byAdmin = await platform.call('POST', '/admin/users/seller-ravi/revoke-tokens', { token: admin.token });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toEqual({ revoked: 2 });
    for (const token of [ravi1.token, ravi2.token]) expect((await platform.call('GET', '/auth/me', { token })).status).toBe(401);
    expect((await platform.call('POST', '/admin/users/seller-ravi/revoke-tokens', { token: admin.token })).body).toEqual({ revoked: 0 });
    expect((await platform.call('POST', '/admin/users/nobody/revoke-tokens', { token: admin.token })).status).toBe(404);
    expect((await platform.call('POST', '/admin/users/bad%00id/revoke-tokens', { token: admin.token })).status).toBe(400);
    // Signing in again works after a revocation.
    expect(loginResponse.parse((await platform.call('POST', '/auth/login', { body: { email: 'ravi@demo.powercozmo.com', password: 'demo-password' } })).body).user.id).toBe('seller-ravi');
  });
});

describe('token expiry', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ tokenTtlMs: 1_500 });
  });
  afterAll(async () => platform?.close());

  it('refuses a token after its lifetime', async () => {
    const login = await platform.login('chen@demo.powercozmo.com');
    expect(login.expiresAt - Date.now()).toBeLessThanOrEqual(1_500);
    expect((await platform.call('GET', '/auth/me', { token: login.token })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, login.expiresAt - Date.now()) + 100));
    const expired = await platform.call('GET', '/auth/me', { token: login.token });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: 'unauthorized' });
    expect((await platform.call('POST', '/sync/leads/pull', { token: login.token, body: {} })).status).toBe(401);
  });
});
