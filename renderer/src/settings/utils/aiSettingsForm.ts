import { aiSettings, type AiSettings } from '../../../../core/desktop-api';
import type { FormCheck } from './mailSettingsForm';
import { problemsFromIssues } from './settingsProblems';

/** The AI drafter form as typed; the timeout is in seconds here and milliseconds when stored. */
export interface AiSettingsForm {
  enabled: boolean;
  baseUrl: string;
  model: string;
  timeoutSeconds: string;
}

/** A local Ollama: the usual first choice, nothing leaves the computer. */
export const ollamaBaseUrl = 'http://127.0.0.1:11434/v1';

export function formFromAiSettings(settings: AiSettings | null): AiSettingsForm {
  if (settings === null) return { enabled: false, baseUrl: ollamaBaseUrl, model: '', timeoutSeconds: '30' };
  return { enabled: settings.enabled, baseUrl: settings.baseUrl, model: settings.model, timeoutSeconds: String(settings.timeoutMs / 1000) };
}

export function aiSettingsFromForm(form: AiSettingsForm): FormCheck<AiSettings> {
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(form.timeoutSeconds) ? Number(form.timeoutSeconds) : Number.NaN;
  const parsed = aiSettings.safeParse({ enabled: form.enabled, baseUrl: form.baseUrl, model: form.model, timeoutMs: Math.round(seconds * 1000) });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = new Map(problemsFromIssues(parsed.error.issues));
  if (problems.has('timeoutMs')) {
    problems.delete('timeoutMs');
    problems.set('timeoutSeconds', 'use a number of seconds from 1 to 120');
  }
  return { ok: false, problems };
}

/** Whether the drafter talks to another computer (the lead's details leave this one). */
export function isRemoteEndpoint(baseUrl: string): boolean {
  const host = /^https?:\/\/(\[[^\]]+\]|[^/:?#]+)/i.exec(baseUrl.trim())?.[1]?.toLowerCase();
  if (host === undefined) return false;
  return !(host === 'localhost' || host === '[::1]' || host.startsWith('127.'));
}
