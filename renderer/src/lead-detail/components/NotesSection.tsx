import { useMemo, useState } from 'react';
import type { Note } from '../../../../core/model/note';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { useObservable } from '../../ui/useObservable';
import { useToastStore } from '../../ui/useToastStore';

const none: Note[] = [];

/** Notes on a lead: add with Ctrl/⌘+Enter, edit, delete; newest first with author and time. */
export function NotesSection({ leadId }: { leadId: string }) {
  const { data } = useLeadCenter();
  const notes = useObservable(useMemo(() => data.observeNotes(leadId), [data, leadId]), none);
  const sorted = useMemo(() => [...notes].sort((a, b) => b.createdAt - a.createdAt), [notes]);
  const showToast = useToastStore((state) => state.showToast);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);

  async function add() {
    const body = draft.trim();
    if (!body) return;
    setDraft('');
    try {
      await data.addNote(leadId, body);
    } catch (error) {
      setDraft(body);
      showToast({ tone: 'error', message: `The note was not saved: ${String(error)}` });
    }
  }

  async function saveEdit() {
    if (!editing) return;
    const body = editing.body.trim();
    if (!body) return;
    await data.editNote(editing.id, body);
    setEditing(null);
  }

  return (
    <section className="detail-section" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Notes</h3>
      <form
        className="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label htmlFor="new-note" className="visually-hidden">
          New note
        </label>
        <textarea
          id="new-note"
          rows={2}
          placeholder="Add a note (Ctrl+Enter to save)"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void add();
            } else if (event.key === 'Escape' && draft) {
              event.stopPropagation();
              setDraft('');
            }
          }}
        />
        <button type="submit" disabled={!draft.trim()}>
          Add note
        </button>
      </form>
      {sorted.length === 0 ? <p className="muted">No notes yet.</p> : null}
      <ul className="note-list" aria-label="Notes">
        {sorted.map((note) => (
          <li key={note.id} className="note" data-testid="note">
            {editing?.id === note.id ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  void saveEdit();
                }}
              >
                <label htmlFor={`edit-note-${note.id}`} className="visually-hidden">
                  Edit note
                </label>
                <textarea
                  id={`edit-note-${note.id}`}
                  autoFocus
                  rows={3}
                  value={editing.body}
                  onChange={(event) => setEditing({ id: note.id, body: event.target.value })}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                      event.preventDefault();
                      void saveEdit();
                    } else if (event.key === 'Escape') {
                      event.stopPropagation();
                      setEditing(null);
                    }
                  }}
                />
                <div className="row">
                  <button type="submit" disabled={!editing.body.trim()}>
                    Save note
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </div>
              </form>
            ) : (
              <>
                <p className="note-body">{note.body}</p>
                <div className="note-meta muted">
                  <span>
                    {note.authorName || 'Unknown'} · <time dateTime={new Date(note.createdAt).toISOString()}>{formatDateTime(note.createdAt)}</time>
                    {note.updatedAt > note.createdAt + 1000 ? ' (edited)' : ''}
                  </span>
                  <button type="button" className="button-link" onClick={() => setEditing({ id: note.id, body: note.body })}>
                    Edit<span className="visually-hidden"> note</span>
                  </button>
                  <button
                    type="button"
                    className="button-link danger-link"
                    onClick={() => {
                      const body = note.body;
                      void data.deleteNote(note.id).then(() =>
                        showToast({
                          message: 'Note deleted',
                          action: { label: 'Undo', run: () => void data.addNote(leadId, body) },
                        }),
                      );
                    }}
                  >
                    Delete<span className="visually-hidden"> note</span>
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
