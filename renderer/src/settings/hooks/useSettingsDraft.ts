import { useCallback, useState } from 'react';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useToastStore } from '../../ui/useToastStore';
import { problemsFromIssues, type PathIssue, type SettingsProblems } from '../utils/settingsProblems';
import { isDirty, useSettingsDraftStore, type SettingsDraftKind, type SettingsDrafts } from './settingsDraftStore';

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly PathIssue[] } };
}

export interface SettingsDraft<T> {
  /** What the screen shows: the draft while editing, the saved value otherwise. */
  value: T;
  dirty: boolean;
  saving: boolean;
  problems: SettingsProblems;
  /** A save or restore that failed, in plain words. */
  error: string | null;
  update(change: (current: T) => T): void;
  /** Validates and stores; false when something needs fixing first. */
  save(check?: () => Promise<string | null>): Promise<boolean>;
  discard(): void;
  /** Deletes the stored document; `check` may block it with a message. */
  restoreDefaults(check?: () => Promise<string | null>): Promise<void>;
}

const noProblems: SettingsProblems = new Map();

/**
 * Edit-then-save for one settings document (config kind, key 'default' unless told): changes stay
 * in a draft until Save; the same schema as the data layer checks them first so problems show by
 * the field.
 */
export function useSettingsDraft<K extends SettingsDraftKind>(
  kind: K,
  label: string,
  saved: SettingsDrafts[K],
  schema: Schema<SettingsDrafts[K]>,
  key = 'default',
): SettingsDraft<SettingsDrafts[K]> {
  type T = SettingsDrafts[K];
  const { data } = useLeadCenter();
  const showToast = useToastStore((s) => s.showToast);
  const drafts = useSettingsDraftStore((s) => s.drafts);
  const storeDraft = useSettingsDraftStore((s) => s.setDraft);
  const draft: T | undefined = drafts[kind];
  const setDraft = useCallback((value: T | null) => storeDraft(kind, value), [kind, storeDraft]);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<SettingsProblems>(noProblems);
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? saved;
  const dirty = isDirty(drafts, kind, saved);

  const update = useCallback(
    (change: (current: T) => T) => {
      const current: T | undefined = useSettingsDraftStore.getState().drafts[kind];
      setDraft(change(current ?? saved));
      setError(null);
    },
    [kind, saved, setDraft],
  );

  const save = useCallback(
    async (check?: () => Promise<string | null>): Promise<boolean> => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        setProblems(problemsFromIssues(parsed.error.issues));
        setError('Some settings need fixing before they can be saved; see the marked fields.');
        return false;
      }
      setProblems(noProblems);
      setSaving(true);
      try {
        const blocked = check ? await check() : null;
        if (blocked !== null) {
          setError(blocked);
          return false;
        }
        await data.setConfig(kind, key, parsed.data);
        setDraft(null);
        setError(null);
        showToast({ message: `${label} saved.` });
        return true;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [data, key, kind, label, schema, setDraft, showToast, value],
  );

  const discard = useCallback(() => {
    setDraft(null);
    setProblems(noProblems);
    setError(null);
  }, [setDraft]);

  const restoreDefaults = useCallback(async (check?: () => Promise<string | null>) => {
    const previous = saved;
    setSaving(true);
    try {
      const blocked = check ? await check() : null;
      if (blocked !== null) {
        setError(blocked);
        return;
      }
      await data.deleteConfig(kind, key);
      setDraft(null);
      setProblems(noProblems);
      setError(null);
      showToast({
        message: `${label}: defaults restored.`,
        durationMs: 10_000,
        action: {
          label: 'Undo',
          run: () => {
            data.setConfig(kind, key, previous).catch((e: unknown) => showToast({ tone: 'error', message: `Undo failed: ${e instanceof Error ? e.message : String(e)}` }));
          },
        },
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }, [data, key, kind, label, saved, setDraft, showToast]);

  return { value, dirty, saving, problems, error, update, save, discard, restoreDefaults };
}
