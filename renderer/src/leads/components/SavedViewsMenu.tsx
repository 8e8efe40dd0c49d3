import { useState } from 'react';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useToastStore } from '../../ui/useToastStore';
import { useSavedViews } from '../hooks/useSavedViews';
import { useLeadListStore } from '../state/useLeadListStore';
import { listStateFromSavedView } from '../utils/listStateFromSavedView';
import { savedViewFromListState } from '../utils/savedViewFromListState';

/** Pick a saved view, save the current one under a name, or delete the active one. */
export function SavedViewsMenu() {
  const { data } = useLeadCenter();
  const views = useSavedViews();
  const showToast = useToastStore((state) => state.showToast);
  const { query, hiddenColumns, activeViewId, applyView } = useLeadListStore();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  function select(key: string) {
    const view = views.find((v) => v.key === key);
    if (!view) {
      applyView(null);
      return;
    }
    const state = listStateFromSavedView(view.data);
    applyView({ id: view.key, ...state });
  }

  async function save() {
    const trimmed = name.trim();
    if (!trimmed) return;
    const existing = views.find((v) => v.data.name.toLowerCase() === trimmed.toLowerCase());
    const key = existing?.key ?? `view-${crypto.randomUUID().slice(0, 18)}`;
    await data.setConfig('saved-view', key, savedViewFromListState(trimmed, query, hiddenColumns));
    applyView({ id: key, query, hiddenColumns: [...hiddenColumns] });
    setNaming(false);
    setName('');
    showToast({ message: `Saved view “${trimmed}”` });
  }

  async function remove() {
    if (!activeViewId) return;
    const view = views.find((v) => v.key === activeViewId);
    await data.deleteConfig('saved-view', activeViewId);
    applyView(null);
    showToast({ message: `Deleted view “${view?.data.name ?? ''}”` });
  }

  return (
    <div className="saved-views">
      <select aria-label="Saved view" value={activeViewId ?? ''} onChange={(event) => select(event.target.value)}>
        <option value="">All leads</option>
        {views.map((view) => (
          <option key={view.key} value={view.key}>
            {view.data.name}
          </option>
        ))}
      </select>
      {naming ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <input
            aria-label="View name"
            placeholder="View name"
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setNaming(false);
              }
            }}
          />
          <button type="submit" disabled={!name.trim()}>
            Save
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setNaming(true)}>
          Save view
        </button>
      )}
      {activeViewId ? (
        <button type="button" className="button-link" onClick={() => void remove()}>
          Delete view
        </button>
      ) : null}
    </div>
  );
}
