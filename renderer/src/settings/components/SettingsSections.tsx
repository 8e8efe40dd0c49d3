import { useRef, type KeyboardEvent } from 'react';
import { settingsSections, type SettingsSectionId } from '../utils/settingsSections';

export const sectionTabId = (id: SettingsSectionId): string => `settings-tab-${id}`;
export const sectionPanelId = (id: SettingsSectionId): string => `settings-panel-${id}`;

interface SettingsSectionsProps {
  current: SettingsSectionId;
  /** Sections with unsaved changes. */
  dirty: ReadonlySet<SettingsSectionId>;
  onSelect(id: SettingsSectionId): void;
}

/** The side list of settings sections: a vertical tab list (arrows, Home, End move and select). */
export function SettingsSections({ current, dirty, onSelect }: SettingsSectionsProps) {
  const refs = useRef(new Map<SettingsSectionId, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Move from the focused tab (it may not be the shown one when focus was placed directly).
    const focusedId = event.target instanceof HTMLElement ? event.target.dataset.section : undefined;
    const index = settingsSections.findIndex((s) => s.id === (focusedId ?? current));
    const last = settingsSections.length - 1;
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? (index + 1) % settingsSections.length
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? (index + last) % settingsSections.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const section = settingsSections[next];
    if (section === undefined) return;
    onSelect(section.id);
    refs.current.get(section.id)?.focus();
  };
  return (
    <div className="settings-sections" role="tablist" aria-orientation="vertical" aria-label="Settings sections" onKeyDown={onKeyDown}>
      {settingsSections.map((s) => (
        <button
          key={s.id}
          ref={(el) => {
            if (el) refs.current.set(s.id, el);
            else refs.current.delete(s.id);
          }}
          type="button"
          role="tab"
          id={sectionTabId(s.id)}
          data-section={s.id}
          aria-selected={s.id === current}
          aria-controls={sectionPanelId(s.id)}
          tabIndex={s.id === current ? 0 : -1}
          onClick={() => onSelect(s.id)}
        >
          {s.label}
          {dirty.has(s.id) ? (
            <span className="section-dirty">
              <span aria-hidden="true"> ●</span>
              <span className="visually-hidden"> (unsaved changes)</span>
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
