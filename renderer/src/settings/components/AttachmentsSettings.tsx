import { useCallback, useId, useRef, useState } from 'react';
import type { LibraryAttachment } from '../../../../core/desktop-api';
import { useLeadCenter } from '../../app/useLeadCenter';
import { formatDateTime } from '../../ui/formatDateTime';
import { useToastStore } from '../../ui/useToastStore';
import { useAttachmentUpload, type UploadItem } from '../hooks/useAttachmentUpload';
import { useHostValue } from '../hooks/useHostValue';
import { useSettingsDraftStore } from '../hooks/settingsDraftStore';
import { templateLibraryConfig, useTemplateLibrary } from '../hooks/useTemplateLibrary';
import { formatBytes, templatesUsing, withoutAttachment } from '../utils/attachmentLibrary';
import { HostUnavailable } from './HostUnavailable';

/** The local attachment library: files the seller adds once and attaches to templates. */
export function AttachmentsSettings() {
  const { desktopApi } = useLeadCenter();
  const load = useCallback(() => desktopApi.listAttachments(), [desktopApi]);
  const host = useHostValue(load);
  const { reload } = host;
  const onAdded = useCallback(() => reload(), [reload]);
  const upload = useAttachmentUpload(onAdded);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);

  return (
    <div className="settings-stack">
      <div className="card">
        <h2>Attachments</h2>
        <p className="muted">
          Files kept on this computer to attach to emails — quotations, brochures, specifications, case studies. Choose which ones each template attaches under Email templates.
        </p>
        <div className="row">
          <label htmlFor={inputId} className="field-label">
            Add files (up to 10 MB each)
          </label>
          <input
            ref={input}
            id={inputId}
            type="file"
            multiple
            disabled={upload.busy}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              void upload.add(files).then(() => {
                if (input.current) input.current.value = '';
              });
            }}
          />
        </div>
        <UploadProgress items={upload.items} onClear={upload.clear} busy={upload.busy} />
      </div>
      <div className="card">
        <h2>In the library</h2>
        {host.value === null ? <HostUnavailable what="the attachment library" error={host.error} onRetry={host.reload} /> : <AttachmentList attachments={host.value} onRemoved={host.reload} />}
      </div>
    </div>
  );
}

const stateWords: Record<UploadItem['state'], string> = {
  waiting: 'waiting',
  reading: 'reading',
  adding: 'adding to the library',
  added: 'added',
  failed: 'not added',
};

function UploadProgress({ items, busy, onClear }: { items: UploadItem[]; busy: boolean; onClear(): void }) {
  if (items.length === 0) return null;
  return (
    <div className="upload-progress">
      <ul aria-label="Files being added" aria-live="polite">
        {items.map((item) => (
          <li key={item.key} className={item.state === 'failed' ? 'field-error' : undefined}>
            <span className="upload-name">{item.fileName}</span>: {stateWords[item.state]}
            {item.state === 'reading' ? <progress aria-label={`Reading ${item.fileName}`} max={100} value={Math.round(item.read * 100)} /> : null}
            {item.error !== null ? ` — ${item.error}` : null}
          </li>
        ))}
      </ul>
      {busy ? null : (
        <button type="button" onClick={onClear}>
          Clear this list
        </button>
      )}
    </div>
  );
}

function AttachmentList({ attachments, onRemoved }: { attachments: LibraryAttachment[]; onRemoved(): void }) {
  const { data, desktopApi } = useLeadCenter();
  const showToast = useToastStore((s) => s.showToast);
  const library = useTemplateLibrary();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = async (attachment: LibraryAttachment): Promise<void> => {
    setConfirming(null);
    try {
      await desktopApi.removeAttachment(attachment.id);
      // Templates no longer attach a file that is gone: the saved library and any unsaved edit.
      if (library.stored && templatesUsing(library.value, attachment.id).length > 0) {
        await data.setConfig(templateLibraryConfig.kind, templateLibraryConfig.key, withoutAttachment(library.value, attachment.id));
      }
      const drafts = useSettingsDraftStore.getState();
      const draft = drafts.drafts['email-template'];
      if (draft !== undefined) drafts.setDraft('email-template', withoutAttachment(draft, attachment.id));
      setError(null);
      showToast({ message: `${attachment.fileName} removed from the library.` });
      onRemoved();
    } catch (e) {
      setError(`Could not remove ${attachment.fileName}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  if (attachments.length === 0) return <p className="muted">No files yet. Add a quotation template, a brochure or a price list above to attach them to emails.</p>;
  const sorted = [...attachments].sort((a, b) => a.fileName.localeCompare(b.fileName));
  return (
    <>
      {error !== null ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <table className="settings-table attachments-table">
        <caption className="visually-hidden">Attachment library</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col" className="numeric">
              Size
            </th>
            <th scope="col">Added</th>
            <th scope="col">Used by</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => {
            const usedBy = templatesUsing(library.value, a.id);
            return (
              <tr key={a.id}>
                <th scope="row">{a.fileName}</th>
                <td className="numeric">{formatBytes(a.size)}</td>
                <td>{formatDateTime(a.addedAt)}</td>
                <td>{usedBy.length === 0 ? <span className="muted">no template</span> : usedBy.join(', ')}</td>
                <td>
                  {confirming === a.id ? (
                    <span className="row" role="group" aria-label={`Confirm removing ${a.fileName}`}>
                      <span>
                        {usedBy.length === 0
                          ? `Remove ${a.fileName}?`
                          : `Remove ${a.fileName}? ${usedBy.length === 1 ? 'The template' : 'The templates'} ${usedBy.map((n) => `“${n}”`).join(', ')} will no longer attach it.`}
                      </span>
                      <button type="button" className="danger" autoFocus onClick={() => void remove(a)}>
                        Yes, remove
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        Cancel
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="danger" aria-label={`Remove ${a.fileName}`} onClick={() => setConfirming(a.id)}>
                      Remove
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
