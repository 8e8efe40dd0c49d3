import { useState } from 'react';
import type { Progress } from '../../../data/contract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useReferenceLabels } from '../../reference/useReferenceLabels';
import { addToTagCatalogue } from '../../tags/addToTagCatalogue';
import { useTagCatalogue } from '../../tags/useTagCatalogue';
import { ProgressBar } from '../../ui/ProgressBar';
import { useToastStore } from '../../ui/useToastStore';

interface BulkActionBarProps {
  selectedIds: readonly string[];
  tagsInUse: readonly string[];
  onDone(clearSelection: boolean): void;
}

/** Actions on the selected leads, with progress for long runs and Undo after a delete. */
export function BulkActionBar({ selectedIds, tagsInUse, onDone }: BulkActionBarProps) {
  const { data } = useLeadCenter();
  const { groups } = useReferenceLabels();
  const catalogue = useTagCatalogue();
  const showToast = useToastStore((state) => state.showToast);
  const [group, setGroup] = useState('');
  const [tagToAdd, setTagToAdd] = useState('');
  const [tagToRemove, setTagToRemove] = useState('');
  const [work, setWork] = useState<{ label: string; progress: Progress | null } | null>(null);
  const count = selectedIds.length;
  const noun = count === 1 ? 'lead' : 'leads';

  async function run(label: string, action: (onProgress: (p: Progress) => void) => Promise<void>, clear: boolean) {
    setWork({ label, progress: { done: 0, total: count } });
    try {
      await action((progress) => setWork({ label, progress }));
      onDone(clear);
    } catch (error) {
      showToast({ tone: 'error', message: `${label} failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setWork(null);
    }
  }

  async function moveToGroup() {
    if (!group) return;
    const label = groups.find((g) => g.id === group)?.name ?? group;
    await run(`Moving ${count.toLocaleString()} ${noun} to ${label}`, (p) => data.moveLeadsToGroup(selectedIds, group, p), false);
    showToast({ message: `Moved ${count.toLocaleString()} ${noun} to ${label}` });
  }

  async function addTag() {
    const tag = tagToAdd.trim();
    if (!tag) return;
    await run(`Tagging ${count.toLocaleString()} ${noun}`, async (p) => {
      await data.addTagToLeads(selectedIds, tag, p);
      await addToTagCatalogue(data, [tag]);
    }, false);
    setTagToAdd('');
    showToast({ message: `Tagged ${count.toLocaleString()} ${noun} “${tag}”` });
  }

  async function removeTag() {
    if (!tagToRemove) return;
    await run(`Removing tag from ${count.toLocaleString()} ${noun}`, (p) => data.removeTagFromLeads(selectedIds, tagToRemove, p), false);
    showToast({ message: `Removed “${tagToRemove}” from ${count.toLocaleString()} ${noun}` });
  }

  async function deleteSelected() {
    let deleted: Awaited<ReturnType<typeof data.deleteLeads>> | null = null;
    await run(`Deleting ${count.toLocaleString()} ${noun}`, async (p) => {
      deleted = await data.deleteLeads(selectedIds, p);
    }, true);
    const restorable = deleted;
    if (!restorable) return;
    showToast({
      message: `Deleted ${count.toLocaleString()} ${noun}`,
      durationMs: 12_000,
      action: {
        label: 'Undo',
        run: () => {
          void data
            .restoreLeads(restorable)
            .then(() => showToast({ message: `Restored ${count.toLocaleString()} ${noun}` }))
            .catch((error: unknown) => showToast({ tone: 'error', message: `Undo failed: ${String(error)}` }));
        },
      },
    });
  }

  if (work) {
    return (
      <div className="bulk-bar" aria-busy="true">
        <ProgressBar label={work.label} progress={work.progress} />
      </div>
    );
  }

  return (
    <div className="bulk-bar" role="toolbar" aria-label="Bulk actions">
      <strong>
        {count.toLocaleString()} {noun} selected
      </strong>
      <span className="bulk-group">
        <select aria-label="Group to move to" value={group} onChange={(event) => setGroup(event.target.value)}>
          <option value="">Move to group…</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={!group} onClick={() => void moveToGroup()}>
          Move
        </button>
      </span>
      <span className="bulk-group">
        <input
          aria-label="Tag to add"
          placeholder="Tag to add"
          list="bulk-tag-catalogue"
          value={tagToAdd}
          onChange={(event) => setTagToAdd(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void addTag();
          }}
        />
        <datalist id="bulk-tag-catalogue">
          {catalogue.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <button type="button" disabled={!tagToAdd.trim()} onClick={() => void addTag()}>
          Add tag
        </button>
      </span>
      <span className="bulk-group">
        <select aria-label="Tag to remove" value={tagToRemove} onChange={(event) => setTagToRemove(event.target.value)}>
          <option value="">Remove tag…</option>
          {tagsInUse.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <button type="button" disabled={!tagToRemove} onClick={() => void removeTag()}>
          Remove tag
        </button>
      </span>
      <button type="button" className="danger" onClick={() => void deleteSelected()}>
        Delete
      </button>
      <button type="button" className="button-link" onClick={() => onDone(true)}>
        Clear selection
      </button>
    </div>
  );
}
