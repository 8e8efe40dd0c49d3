import { parseConfigData, type CaptureDraftData } from '../../../../core/model/config';
import type { LeadCenterData } from '../../../data/contract';

/** The capture draft lives in config ('capture-draft', 'current'), mirrored in localStorage. */
export const captureDraftKey = 'current';
const localMirrorKey = 'lead-center:capture-draft';

/**
 * A synchronous copy for the moment the window closes: an IndexedDB write started in
 * beforeunload may not finish, localStorage always does.
 */
export function mirrorDraftLocally(draft: CaptureDraftData | null): void {
  try {
    if (draft) localStorage.setItem(localMirrorKey, JSON.stringify(draft));
    else localStorage.removeItem(localMirrorKey);
  } catch {
    // Storage full or disabled: the config copy still holds the draft.
  }
}

function readLocalMirror(): CaptureDraftData | null {
  try {
    const raw = localStorage.getItem(localMirrorKey);
    if (!raw) return null;
    const parsed = parseConfigData('capture-draft', JSON.parse(raw));
    return parsed.ok ? parsed.value : null;
  } catch {
    return null;
  }
}

/** The newest saved draft, from the database or the local mirror. */
export async function loadCaptureDraft(data: LeadCenterData): Promise<CaptureDraftData | null> {
  const stored = await data.getConfig<CaptureDraftData>('capture-draft', captureDraftKey).catch(() => null);
  const parsed = stored ? parseConfigData('capture-draft', stored) : null;
  const fromDb = parsed?.ok ? parsed.value : null;
  const local = readLocalMirror();
  if (fromDb && local) return local.updatedAt > fromDb.updatedAt ? local : fromDb;
  return fromDb ?? local;
}

export async function saveCaptureDraft(data: LeadCenterData, draft: CaptureDraftData): Promise<void> {
  mirrorDraftLocally(draft);
  await data.setConfig('capture-draft', captureDraftKey, draft);
}

export async function clearCaptureDraft(data: LeadCenterData): Promise<void> {
  mirrorDraftLocally(null);
  await data.deleteConfig('capture-draft', captureDraftKey);
}
