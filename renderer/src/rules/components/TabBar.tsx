import { useRef, type KeyboardEvent } from 'react';

interface TabBarProps<T extends string> {
  label: string;
  tabs: readonly { id: T; label: string; count?: number }[];
  current: T;
  idPrefix: string;
  onSelect(id: T): void;
}

/** A horizontal tab list: Tab reaches the selected tab, arrows, Home and End move and select. */
export function TabBar<T extends string>({ label, tabs, current, idPrefix, onSelect }: TabBarProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === current);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length : event.key === 'ArrowLeft' ? (index + last) % tabs.length : event.key === 'Home' ? 0 : event.key === 'End' ? last : null;
    if (next === null || event.altKey) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  }
  return (
    <div className="rules-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(element) => {
            if (element) refs.current.set(tab.id, element);
            else refs.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-controls={`${idPrefix}-panel-${tab.id}`}
          aria-selected={tab.id === current}
          tabIndex={tab.id === current ? 0 : -1}
          className={tab.id === current ? 'is-active' : undefined}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
          {tab.count === undefined ? null : <span className="tab-count"> {tab.count.toLocaleString()}</span>}
        </button>
      ))}
    </div>
  );
}
