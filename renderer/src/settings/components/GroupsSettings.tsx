import { useCallback, useState } from 'react';
import { leadGroups } from '../../../../core/reference/leadGroups';
import { effectiveGroups, groupSettings, type GroupSettings } from '../../../../core/settings/groupSettings';
import { useLeadCenter } from '../../app/useLeadCenter';
import { leadSettingsConfig } from '../../lead-settings/leadSettingsConfig';
import { useLeadSettings } from '../../lead-settings/useLeadSettings';
import { leadIdsInGroup, useLeadsInGroup } from '../hooks/useLeadsInGroup';
import { useSettingsDraft } from '../hooks/useSettingsDraft';
import { problemAt } from '../utils/settingsProblems';
import { AddGroupForm } from './AddGroupForm';
import { MoveLeadsPanel } from './MoveLeadsPanel';
import { SaveBar } from './SaveBar';
import '../settings.css';
import { FieldError } from '../../ui/FieldError';

/** Seed 002's eight groups (rename only) and the seller's own groups (add, rename, remove). */
export function GroupsSettings() {
  const { data } = useLeadCenter();
  const { settings } = useLeadSettings();
  const draft = useSettingsDraft(leadSettingsConfig.groups.kind, 'Groups', settings.groups, groupSettings);
  const { update } = draft;
  const value = draft.value;
  const countIn = useLeadsInGroup();
  const [removing, setRemoving] = useState<string | null>(null);
  const groups = effectiveGroups(value);
  const namesProblem = problemAt(draft.problems, 'names') ?? problemAt(draft.problems, 'custom');

  const rename = (id: string, name: string, defaultName: string): void =>
    update((s) => {
      const names = { ...s.names };
      if (name === defaultName) delete names[id];
      else names[id] = name;
      return { ...s, names };
    });
  const changeCustom = (id: string, patch: Partial<GroupSettings['custom'][number]>): void =>
    update((s) => ({ ...s, custom: s.custom.map((g) => (g.id === id ? { ...g, ...patch } : g)) }));
  const removeCustom = (id: string): void => {
    update((s) => ({ ...s, custom: s.custom.filter((g) => g.id !== id) }));
    setRemoving(null);
  };

  // A group removed in the draft may have gained leads since: never leave leads in a missing group.
  const check = useCallback(async (): Promise<string | null> => {
    const kept = new Set(value.custom.map((g) => g.id));
    const stranded = settings.groups.custom.filter((g) => !kept.has(g.id) && leadIdsInGroup(data, g.id).length > 0);
    return stranded.length > 0 ? `Leads are still in ${stranded.map((g) => `“${g.name}”`).join(', ')}; remove the group again to choose where they go.` : null;
  }, [data, settings.groups.custom, value.custom]);

  // The defaults have no own groups: their leads must go somewhere else first.
  const restoreCheck = useCallback(async (): Promise<string | null> => {
    const occupied = settings.groups.custom.filter((g) => leadIdsInGroup(data, g.id).length > 0);
    return occupied.length > 0 ? `Leads are in ${occupied.map((g) => `“${g.name}”`).join(', ')}; remove those groups first to choose where their leads go.` : null;
  }, [data, settings.groups.custom]);

  return (
    <div className="settings-stack">
      <div className="card">
        <h2>Groups</h2>
        <p className="muted">Every lead is in one group. The eight default groups can be renamed; your own groups can also be removed.</p>
        <SaveBar draft={draft} what="groups" check={check} restoreCheck={restoreCheck} />
        <FieldError message={namesProblem} />
        <table className="settings-table">
          <caption>Default groups</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Leads</th>
            </tr>
          </thead>
          <tbody>
            {leadGroups.map((g) => {
              const name = value.names[g.id] ?? g.name;
              return (
                <tr key={g.id}>
                  <th scope="row">
                    {g.name}
                    <div className="muted small">{g.description}</div>
                  </th>
                  <td>
                    <input aria-label={`Name of the ${g.name} group`} value={name} maxLength={60} onChange={(e) => rename(g.id, e.target.value, g.name)} />
                  </td>
                  <td>{g.suppressesEmail ? <strong>Never emailed</strong> : 'Emailed'}</td>
                  <td className="numeric">{countIn(g.id)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="card">
        <h2>Your groups</h2>
        {value.custom.length === 0 ? <p className="muted">No groups of your own yet.</p> : null}
        <ul className="own-groups">
          {value.custom.map((g, i) => {
            const count = countIn(g.id);
            const problem = problemAt(draft.problems, `custom.${i}`);
            return (
              <li key={g.id} className="own-group" data-testid={`own-group-${g.id}`}>
                <div className="form-grid">
                  <div className="field">
                    <label htmlFor={`group-${g.id}-name`}>Group name</label>
                    <input id={`group-${g.id}-name`} value={g.name} maxLength={60} aria-invalid={problem !== undefined} onChange={(e) => changeCustom(g.id, { name: e.target.value })} />
                    {problem !== undefined ? <p className="field-error">{problem}</p> : null}
                  </div>
                  <div className="field field-wide">
                    <label htmlFor={`group-${g.id}-description`}>Description</label>
                    <input id={`group-${g.id}-description`} value={g.description} maxLength={500} onChange={(e) => changeCustom(g.id, { description: e.target.value })} />
                  </div>
                </div>
                <div className="row">
                  <label className="check">
                    <input type="checkbox" checked={g.suppressesEmail} onChange={(e) => changeCustom(g.id, { suppressesEmail: e.target.checked })} />
                    Never email leads in this group
                  </label>
                  <span className="muted">
                    {count} {count === 1 ? 'lead' : 'leads'}
                  </span>
                  <span className="toolbar-spacer" />
                  <button type="button" className="danger" aria-label={`Remove group ${g.name}`} disabled={removing === g.id} onClick={() => (count === 0 ? removeCustom(g.id) : setRemoving(g.id))}>
                    Remove
                  </button>
                </div>
                {removing === g.id ? (
                  <MoveLeadsPanel
                    group={groups.find((x) => x.id === g.id) ?? { ...g, tooltip: g.description, order: 0, custom: true }}
                    count={count}
                    targets={groups.filter((x) => x.id !== g.id)}
                    onMoved={() => removeCustom(g.id)}
                    onCancel={() => setRemoving(null)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
        <AddGroupForm settings={value} onAdd={(next) => update(() => next)} />
      </div>
    </div>
  );
}
