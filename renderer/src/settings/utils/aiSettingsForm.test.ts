import { describe, expect, it } from 'vitest';
import { aiSettingsFromForm, formFromAiSettings, isRemoteEndpoint, ollamaBaseUrl } from './aiSettingsForm';

describe('the AI drafter form', () => {
  it('is off with a local Ollama address until saved', () => {
    expect(formFromAiSettings(null)).toEqual({ enabled: false, baseUrl: ollamaBaseUrl, model: '', timeoutSeconds: '30' });
  });

  it('stores the timeout in milliseconds and shows it in seconds', () => {
    const checked = aiSettingsFromForm({ enabled: true, baseUrl: ollamaBaseUrl, model: 'llama3.1', timeoutSeconds: '45' });
    expect(checked).toEqual({ ok: true, value: { enabled: true, baseUrl: ollamaBaseUrl, model: 'llama3.1', timeoutMs: 45_000 } });
    if (checked.ok) expect(formFromAiSettings(checked.value).timeoutSeconds).toBe('45');
  });

  it('names the fields that need fixing', () => {
    const checked = aiSettingsFromForm({ enabled: true, baseUrl: 'ftp://x', model: ' ', timeoutSeconds: '500' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.get('baseUrl')).toBe('use an http:// or https:// address');
    expect(checked.problems.get('model')).toBe('name the model');
    expect(checked.problems.get('timeoutSeconds')).toMatch(/1 to 120/);
    expect(aiSettingsFromForm({ enabled: true, baseUrl: ollamaBaseUrl, model: 'm', timeoutSeconds: 'soon' }).ok).toBe(false);
  });

  it('tells a local endpoint from a remote one', () => {
    expect(isRemoteEndpoint(ollamaBaseUrl)).toBe(false);
    expect(isRemoteEndpoint('http://localhost:8080/v1')).toBe(false);
    expect(isRemoteEndpoint('http://[::1]:11434/v1')).toBe(false);
    expect(isRemoteEndpoint('https://api.openai.com/v1')).toBe(true);
    expect(isRemoteEndpoint('not a url')).toBe(false);
  });
});
