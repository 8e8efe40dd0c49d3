import { useCallback, useState } from 'react';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useToastStore } from '../../ui/useToastStore';
import { problemsFromIssues, type PathIssue, type SettingsProblems } from '../utils/settingsProblems';

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
  restoreDefaults(): Promise<void>;
}

const noProblems: SettingsProblems = new Map();
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Edit-then-save for one settings document (config kind, key 'default'): changes stay in a draft
 * until Save; the same schema as the data layer checks them first so problems show by the field.
 */
export function useSettingsDraft<T>(kind: string, label: string, saved: T, schema: Schema<T>): SettingsDraft<T> {
  const { data } = useLeadCenter();
  const showToast = useToastStore((s) => s.showToast);
  const [draft, setDraft] = useState<T | null>(null);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<SettingsProblems>(noProblems);
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? saved;
  const dirty = draft !== null && !same(draft, saved);

  const update = useCallback(
    (change: (current: T) => T) => {
      setDraft((current) => change(current ?? saved));
      setError(null);
    },
    [saved],
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
        await data.setConfig(kind, 'default', parsed.data);
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
    [data, kind, label, schema, showToast, value],
  );

  const discard = useCallback(() => {
    setDraft(null);
    setProblems(noProblems);
    setError(null);
  }, []);

  const restoreDefaults = useCallback(async () => {
    const previous = saved;
    setSaving(true);
    try {
      await data.deleteConfig(kind, 'default');
      setDraft(null);
      setProblems(noProblems);
      setError(null);
      showToast({
        message: `${label}: defaults restored.`,
        durationMs: 10_000,
        action: {
          label: 'Undo',
          run: () => {
            data.setConfig(kind, 'default', previous).catch((e: unknown) => showToast({ tone: 'error', message: `Undo failed: ${e instanceof Error ? e.message : String(e)}` }));
          },
        },
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }, [data, kind, label, saved, showToast]);

  return { value, dirty, saving, problems, error, update, save, discard, restoreDefaults };
}
