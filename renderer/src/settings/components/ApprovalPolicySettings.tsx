import { useId, useState, type FormEvent } from 'react';
import { approvalPolicy, type ApprovalMode, type ApprovalPolicy } from '../../../../core/emails/approvalPolicy';
import { emailKinds } from '../../../../core/model/email';
import { FieldError } from '../../ui/FieldError';
import { approvalPolicyConfig, useApprovalPolicy } from '../hooks/useApprovalPolicy';
import { useSettingsDraft } from '../hooks/useSettingsDraft';
import { emailKindLabels } from '../utils/emailKindLabels';
import { withKindMode, withoutTeam, withTeam, withTeamDefault, withTeamKindMode } from '../utils/policyEdits';
import { problemAt } from '../utils/settingsProblems';
import { ModeSelect, modeWords } from './ModeSelect';
import { SaveBar } from './SaveBar';

/** Who approves which emails: the company default, per kind, per team, and AI drafts. */
export function ApprovalPolicySettings() {
  const id = useId();
  const stored = useApprovalPolicy();
  const draft = useSettingsDraft(approvalPolicyConfig.kind, 'Approval policy', stored.value, approvalPolicy, approvalPolicyConfig.key);
  const { update } = draft;
  const policy = draft.value;
  const [newTeam, setNewTeam] = useState('');
  const [teamError, setTeamError] = useState<string | null>(null);
  const companyDefault = `the default: ${modeWords[policy.defaultMode]}`;

  const addTeam = (event: FormEvent): void => {
    event.preventDefault();
    const added = withTeam(policy, newTeam);
    if (!added.ok) {
      setTeamError(added.error);
      return;
    }
    update(() => added.value);
    setNewTeam('');
    setTeamError(null);
  };

  return (
    <div className="card">
      <h2>Approval policy</h2>
      <p className="muted">Nothing is sent before it is approved. Choose who approves: the author, or a manager of their team. The most specific rule wins.</p>
      {stored.problem !== null ? (
        <p className="settings-warning" role="alert">
          The saved approval policy could not be read ({stored.problem}); the defaults are shown. Saving replaces it.
        </p>
      ) : null}
      <SaveBar draft={draft} what="approval policy" />
      <fieldset className="choice-list">
        <legend>By default</legend>
        {(['self', 'manager'] as const).map((mode) => (
          <label key={mode} className="check">
            <input type="radio" name={`${id}-default`} value={mode} checked={policy.defaultMode === mode} onChange={() => update((p) => ({ ...p, defaultMode: mode }))} />
            {mode === 'self' ? 'Authors approve their own emails' : 'A manager approves every email'}
          </label>
        ))}
      </fieldset>
      <label className="check approval-ai-toggle">
        <input type="checkbox" checked={policy.aiDraftsNeedManager} onChange={(e) => update((p) => ({ ...p, aiDraftsNeedManager: e.target.checked }))} />
        AI drafts always need a manager (whatever the rules below say)
      </label>

      <table className="settings-table">
        <caption>By kind of email</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Who approves</th>
          </tr>
        </thead>
        <tbody>
          {emailKinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{emailKindLabels[kind]}</th>
              <td>
                <ModeSelect label={`${emailKindLabels[kind]} emails`} value={policy.perKind[kind]} inherited={companyDefault} onChange={(mode) => update((p) => withKindMode(p, kind, mode))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>By team</h3>
      <p className="muted small">A team’s own rules win over the company’s. Team ids come from the profile (yours is shown under “Your role”).</p>
      {Object.keys(policy.teams).length === 0 ? <p className="muted">No team has its own rules.</p> : null}
      {Object.entries(policy.teams).map(([teamId, team]) => (
        <TeamRules
          key={teamId}
          teamId={teamId}
          team={team}
          companyDefault={companyDefault}
          companyPerKind={policy.perKind}
          problem={problemAt(draft.problems, `teams.${teamId}`)}
          onDefault={(mode) => update((p) => withTeamDefault(p, teamId, mode))}
          onKind={(kind, mode) => update((p) => withTeamKindMode(p, teamId, kind, mode))}
          onRemove={() => update((p) => withoutTeam(p, teamId))}
        />
      ))}
      <form className="row add-team-form" onSubmit={addTeam}>
        <label htmlFor={`${id}-team`}>Team id</label>
        <input
          id={`${id}-team`}
          value={newTeam}
          maxLength={64}
          aria-invalid={teamError !== null}
          aria-describedby={teamError !== null ? `${id}-team-error` : undefined}
          onChange={(e) => {
            setNewTeam(e.target.value);
            setTeamError(null);
          }}
        />
        <button type="submit">Add team rules</button>
        <FieldError message={teamError} id={`${id}-team-error`} />
      </form>
    </div>
  );
}

interface TeamRulesProps {
  teamId: string;
  team: ApprovalPolicy['teams'][string];
  companyDefault: string;
  companyPerKind: ApprovalPolicy['perKind'];
  problem: string | undefined;
  onDefault(mode: ApprovalMode | null): void;
  onKind(kind: (typeof emailKinds)[number], mode: ApprovalMode | null): void;
  onRemove(): void;
}

function TeamRules({ teamId, team, companyDefault, companyPerKind, problem, onDefault, onKind, onRemove }: TeamRulesProps) {
  const teamDefault = team.defaultMode !== undefined ? `the team’s default: ${modeWords[team.defaultMode]}` : companyDefault;
  return (
    <section className="own-group team-rules" aria-label={`Team ${teamId}`}>
      <div className="row">
        <strong>Team {teamId}</strong>
        <span className="toolbar-spacer" />
        <button type="button" className="danger" onClick={onRemove}>
          Remove rules for team {teamId}
        </button>
      </div>
      <FieldError message={problem} />
      <div className="row">
        <span>Default for the team:</span>
        <ModeSelect label={`Team ${teamId} default`} value={team.defaultMode} inherited={companyDefault} onChange={onDefault} />
      </div>
      <table className="settings-table">
        <caption className="visually-hidden">Team {teamId} by kind of email</caption>
        <tbody>
          {emailKinds.map((kind) => {
            const company = companyPerKind[kind];
            return (
              <tr key={kind}>
                <th scope="row">{emailKindLabels[kind]}</th>
                <td>
                  <ModeSelect
                    label={`Team ${teamId} ${emailKindLabels[kind]} emails`}
                    value={team.perKind?.[kind]}
                    inherited={company !== undefined ? `the company rule: ${modeWords[company]}` : teamDefault}
                    onChange={(mode) => onKind(kind, mode)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
