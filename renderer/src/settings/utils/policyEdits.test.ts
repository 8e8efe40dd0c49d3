import { describe, expect, it } from 'vitest';
import { approvalNeeded, approvalPolicy, defaultApprovalPolicy } from '../../../../core/emails/approvalPolicy';
import { withKindMode, withoutTeam, withTeam, withTeamDefault, withTeamKindMode } from './policyEdits';

const email = { kind: 'marketing' as const, origin: 'user' as const, teamId: 'north' };

describe('approval policy edits', () => {
  it('sets and clears the company rule for a kind', () => {
    const strict = withKindMode(defaultApprovalPolicy, 'marketing', 'manager');
    expect(strict.perKind).toEqual({ marketing: 'manager' });
    expect(approvalNeeded(email, strict).by).toBe('manager');
    expect(withKindMode(strict, 'marketing', null).perKind).toEqual({});
    expect(defaultApprovalPolicy.perKind).toEqual({});
  });

  it('adds a team, gives it its own rules, and removes it', () => {
    const added = withTeam(defaultApprovalPolicy, ' north ');
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value.teams).toEqual({ north: {} });
    let policy = withTeamDefault(added.value, 'north', 'manager');
    expect(approvalNeeded(email, policy).by).toBe('manager');
    policy = withTeamKindMode(policy, 'north', 'marketing', 'self');
    expect(approvalNeeded(email, policy).by).toBe('self');
    expect(approvalPolicy.safeParse(policy).success).toBe(true);
    policy = withTeamDefault(withTeamKindMode(policy, 'north', 'marketing', null), 'north', null);
    expect(policy.teams).toEqual({ north: { perKind: {} } });
    expect(withoutTeam(policy, 'north').teams).toEqual({});
  });

  it('refuses an empty, too long or repeated team id, and ignores edits to a missing team', () => {
    expect(withTeam(defaultApprovalPolicy, '  ')).toEqual({ ok: false, error: 'type the team’s id' });
    expect(withTeam(defaultApprovalPolicy, 'x'.repeat(65)).ok).toBe(false);
    const added = withTeam(defaultApprovalPolicy, 'north');
    if (!added.ok) throw new Error('north should be added');
    expect(withTeam(added.value, 'north')).toEqual({ ok: false, error: 'team “north” already has its own rules' });
    expect(withTeamDefault(defaultApprovalPolicy, 'south', 'manager')).toBe(defaultApprovalPolicy);
    expect(withTeamDefault(defaultApprovalPolicy, '__proto__', 'manager')).toBe(defaultApprovalPolicy);
  });
});
