import { describe, expect, it } from 'vitest';
import { databaseNameFor, parseSellerProfile, sellerOf } from './loadSellerProfile';
import { platformProfileFor } from './saveSellerProfile';

const omar = { id: 'user-omar', email: 'omar@demo.powercozmo.com', name: 'Omar Haddad', role: 'seller', teamId: 'team-gulf' } as const;

describe('seller profiles', () => {
  it('keeps the local-only profile on the lead-center database and gives each platform user their own', () => {
    const local = parseSellerProfile(JSON.stringify({ userId: 'user-1234', userName: 'Sam' }));
    expect(local).toEqual({ userId: 'user-1234', userName: 'Sam', teamId: 'local', role: 'seller' });
    expect(local && databaseNameFor(local)).toBe('lead-center');
    expect(databaseNameFor(platformProfileFor(omar, 'https://platform.example.com'))).toBe('lead-center-user-omar');
  });

  it('makes a valid RxDB name of any platform id, and keeps two ids that differ only in case apart', () => {
    const upper = databaseNameFor(platformProfileFor({ ...omar, id: 'User.Omar' }, 'https://p.example'));
    const lower = databaseNameFor(platformProfileFor({ ...omar, id: 'user.omar' }, 'https://p.example'));
    expect(upper).toMatch(/^[a-z][_a-z0-9-]*$/);
    expect(lower).toMatch(/^[a-z][_a-z0-9-]*$/);
    expect(upper).not.toBe(lower);
  });

  it('takes id, team and role from the platform (an admin works as a manager) and round-trips the marker', () => {
    const maria = platformProfileFor({ ...omar, id: 'user-maria', role: 'admin', name: ' ' }, 'http://127.0.0.1:7070');
    expect(maria).toEqual({ userId: 'user-maria', userName: 'omar@demo.powercozmo.com', teamId: 'team-gulf', role: 'manager', platform: { url: 'http://127.0.0.1:7070', email: 'omar@demo.powercozmo.com' } });
    expect(parseSellerProfile(JSON.stringify(maria))).toEqual(maria);
    expect(sellerOf(maria)).toEqual({ userId: 'user-maria', userName: 'omar@demo.powercozmo.com', teamId: 'team-gulf', role: 'manager' });
  });

  it('reads nothing from a damaged profile', () => {
    expect(parseSellerProfile('{')).toBeNull();
    expect(parseSellerProfile('null')).toBeNull();
    expect(parseSellerProfile(JSON.stringify({ userId: 'x', userName: '  ' }))).toBeNull();
    expect(parseSellerProfile(JSON.stringify({ userId: 'x', userName: 'Sam', platform: { url: 1 } }))).toEqual({ userId: 'x', userName: 'Sam', teamId: 'local', role: 'seller' });
  });
});
