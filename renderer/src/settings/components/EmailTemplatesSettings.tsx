import { useCallback, useId, useState } from 'react';
import { emailTemplateLibrary, type EmailTemplate } from '../../../../core/emails/emailTemplates';
import type { EngagementLevel } from '../../../../core/engagement/engagementSettings';
import { engagementLevels } from '../../../../core/model/lead';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useHostValue } from '../hooks/useHostValue';
import { useSettingsDraft } from '../hooks/useSettingsDraft';
import { templateLibraryConfig, useTemplateLibrary } from '../hooks/useTemplateLibrary';
import type { SettingsProblems } from '../utils/settingsProblems';
import { templateProblems, withDuplicate, withNewTemplate, withoutTemplate, withTemplateChange } from '../utils/templateEdits';
import { SaveBar } from './SaveBar';
import { TemplateEditor } from './TemplateEditor';

const groups: { level: EngagementLevel | null; title: string }[] = [...engagementLevels.map((level) => ({ level, title: level })), { level: null, title: 'General (any level)' }];

/** Problems under `templates.<index>.` with that prefix taken off. */
function problemsOf(problems: SettingsProblems, index: number): SettingsProblems {
  const prefix = `templates.${index}.`;
  const own = new Map<string, string>();
  for (const [path, message] of problems) if (path.startsWith(prefix)) own.set(path.slice(prefix.length), message);
  return own;
}

/** Seed 000's templates per engagement level, and the seller's own, edited and saved as one library. */
export function EmailTemplatesSettings() {
  const { desktopApi } = useLeadCenter();
  const id = useId();
  const stored = useTemplateLibrary();
  const draft = useSettingsDraft(templateLibraryConfig.kind, 'Email templates', stored.value, emailTemplateLibrary, templateLibraryConfig.key);
  const { update } = draft;
  const library = draft.value;
  const loadAttachments = useCallback(() => desktopApi.listAttachments(), [desktopApi]);
  const attachments = useHostValue(loadAttachments);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newLevel, setNewLevel] = useState<EngagementLevel | ''>('');
  const index = Math.max(0, library.templates.findIndex((t) => t.id === selectedId));
  const selected: EmailTemplate | undefined = library.templates[index];
  const problems = templateProblems(library, draft.problems);
  const flagged = new Set(problems.map((p) => p.id));

  const add = (): void => {
    const added = withNewTemplate(library, newLevel === '' ? null : newLevel);
    update(() => added.library);
    setSelectedId(added.id);
  };

  return (
    <div className="settings-stack">
      <div className="card">
        <h2>Email templates</h2>
        <p className="muted">
          What to send at each engagement level (seed 000): the kind of email, tone, call to action, subject and body with personalisation tokens, and the files to attach. Drafts
          start from the first template of the lead’s level.
        </p>
        {stored.problem !== null ? (
          <p className="settings-warning" role="alert">
            The saved templates could not be read ({stored.problem}); the defaults are shown. Saving replaces them.
          </p>
        ) : null}
        <SaveBar draft={draft} what="email templates" />
        {problems.length > 0 ? (
          <ul className="template-problems field-error" aria-label="Templates that need fixing">
            {problems.map((p) => (
              <li key={`${p.id}-${p.message}`}>
                {p.id === '' ? (
                  p.message
                ) : (
                  <button type="button" className="link-button" onClick={() => setSelectedId(p.id)}>
                    {p.message}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="templates-layout">
          <nav className="template-list" aria-label="Templates by engagement level">
            {groups.map((g) => {
              const inGroup = library.templates.filter((t) => t.level === g.level);
              return (
                <div key={g.title}>
                  <h3>{g.title}</h3>
                  {inGroup.length === 0 ? (
                    <p className="muted small">No templates for {g.level ?? 'any level'} yet.</p>
                  ) : (
                    <ul>
                      {inGroup.map((t) => (
                        <li key={t.id}>
                          <button type="button" aria-current={t.id === selected?.id} onClick={() => setSelectedId(t.id)}>
                            {t.name.trim() || 'Untitled template'}
                            {flagged.has(t.id) ? <span className="template-flag"> (needs fixing)</span> : null}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
            <div className="add-template">
              <h3>New template</h3>
              <label htmlFor={`${id}-new-level`}>For level</label>
              <div className="row">
                <select id={`${id}-new-level`} value={newLevel} onChange={(e) => setNewLevel(engagementLevels.find((l) => l === e.target.value) ?? '')}>
                  {engagementLevels.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                  <option value="">General (any level)</option>
                </select>
                <button type="button" onClick={add}>
                  Add template
                </button>
              </div>
            </div>
          </nav>
          {selected === undefined ? (
            <p className="muted">No templates. Add one, or restore the defaults.</p>
          ) : (
            <TemplateEditor
              key={selected.id}
              template={selected}
              problems={problemsOf(draft.problems, index)}
              attachments={attachments.value}
              attachmentsError={attachments.error}
              onChange={(patch) => update((lib) => withTemplateChange(lib, selected.id, patch))}
              onDuplicate={() => {
                const copy = withDuplicate(library, selected.id);
                if (copy === null) return;
                update(() => copy.library);
                setSelectedId(copy.id);
              }}
              onDelete={() => {
                const next = library.templates[index + 1] ?? library.templates[index - 1];
                update((lib) => withoutTemplate(lib, selected.id));
                setSelectedId(next?.id ?? null);
              }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
