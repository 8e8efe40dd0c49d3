import type { ApprovalMode, ApprovalPolicy } from '../../../../core/emails/approvalPolicy';
import type { EmailKind } from '../../../../core/model/email';

type Team = ApprovalPolicy['teams'][string];
type PerKind = Partial<Record<EmailKind, ApprovalMode>>;

/** A per-kind map with `kind` set, or removed when `mode` is null ("same as the default"). */
function withMode(perKind: PerKind | undefined, kind: EmailKind, mode: ApprovalMode | null): PerKind {
  const next: PerKind = { ...perKind };
  if (mode === null) delete next[kind];
  else next[kind] = mode;
  return next;
}

/** The company-wide rule for one kind of email. */
export function withKindMode(policy: ApprovalPolicy, kind: EmailKind, mode: ApprovalMode | null): ApprovalPolicy {
  return { ...policy, perKind: withMode(policy.perKind, kind, mode) };
}

function withTeamChange(policy: ApprovalPolicy, teamId: string, change: (team: Team) => Team): ApprovalPolicy {
  const current = Object.prototype.hasOwnProperty.call(policy.teams, teamId) ? policy.teams[teamId] : undefined;
  if (current === undefined) return policy;
  return { ...policy, teams: { ...policy.teams, [teamId]: change(current) } };
}

/** A team's own default; null falls back to the company's. */
export function withTeamDefault(policy: ApprovalPolicy, teamId: string, mode: ApprovalMode | null): ApprovalPolicy {
  return withTeamChange(policy, teamId, (team) => {
    const next: Team = { ...team };
    if (mode === null) delete next.defaultMode;
    else next.defaultMode = mode;
    return next;
  });
}

/** A team's rule for one kind; null falls back to the company's rules. */
export function withTeamKindMode(policy: ApprovalPolicy, teamId: string, kind: EmailKind, mode: ApprovalMode | null): ApprovalPolicy {
  return withTeamChange(policy, teamId, (team) => ({ ...team, perKind: withMode(team.perKind, kind, mode) }));
}

/** Adds rules for a team (trimmed id); the problem in words when it cannot be added. */
export function withTeam(policy: ApprovalPolicy, teamId: string): { ok: true; value: ApprovalPolicy } | { ok: false; error: string } {
  const id = teamId.trim();
  if (id === '') return { ok: false, error: 'type the team’s id' };
  if (id.length > 64) return { ok: false, error: 'a team id has at most 64 characters' };
  if (Object.prototype.hasOwnProperty.call(policy.teams, id)) return { ok: false, error: `team “${id}” already has its own rules` };
  return { ok: true, value: { ...policy, teams: { ...policy.teams, [id]: {} } } };
}

export function withoutTeam(policy: ApprovalPolicy, teamId: string): ApprovalPolicy {
  const teams = { ...policy.teams };
  delete teams[teamId];
  return { ...policy, teams };
}
