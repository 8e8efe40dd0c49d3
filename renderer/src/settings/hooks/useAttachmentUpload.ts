import { useCallback, useRef, useState } from 'react';
import type { LibraryAttachment } from '../../../../core/desktop-api';
import { useLeadCenter } from '../../app/useLeadCenter';
import { base64FromDataUrl, fileProblem } from '../utils/attachmentLibrary';

export interface UploadItem {
  key: string;
  fileName: string;
  state: 'waiting' | 'reading' | 'adding' | 'added' | 'failed';
  /** Share of the file read, 0–1, while reading. */
  read: number;
  error: string | null;
}

function readAsBase64(file: File, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => resolve(typeof reader.result === 'string' ? base64FromDataUrl(reader.result) : '');
    reader.readAsDataURL(file);
  });
}

/** Adds chosen files to the library one at a time, with progress and a reason per failed file. */
export function useAttachmentUpload(onAdded: (attachment: LibraryAttachment) => void): { items: UploadItem[]; busy: boolean; add(files: readonly File[]): Promise<void>; clear(): void } {
  const { desktopApi } = useLeadCenter();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [busy, setBusy] = useState(false);
  const batch = useRef(0);

  const add = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const round = ++batch.current;
      const keyOf = (i: number): string => `${round}-${i}`;
      const patch = (key: string, change: Partial<UploadItem>): void => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
      setItems(files.map((f, i) => ({ key: keyOf(i), fileName: f.name, state: 'waiting', read: 0, error: null })));
      setBusy(true);
      for (const [i, file] of files.entries()) {
        const key = keyOf(i);
        const problem = fileProblem(file);
        if (problem !== null) {
          patch(key, { state: 'failed', error: problem });
          continue;
        }
        try {
          patch(key, { state: 'reading' });
          const dataBase64 = await readAsBase64(file, (read) => patch(key, { read }));
          patch(key, { state: 'adding', read: 1 });
          const added = await desktopApi.addAttachment({ fileName: file.name, contentType: file.type || 'application/octet-stream', dataBase64 });
          patch(key, { state: 'added' });
          onAdded(added);
        } catch (e) {
          patch(key, { state: 'failed', error: e instanceof Error ? e.message : String(e) });
        }
      }
      setBusy(false);
    },
    [desktopApi, onAdded],
  );

  const clear = useCallback(() => setItems([]), []);
  return { items, busy, add, clear };
}
