import { describe, expect, it } from 'vitest';
import type { AiSettings, ChatMessage } from '../../../core/desktop-api';
import { draftWithAi } from './aiDrafter';

const settings: AiSettings = { enabled: true, baseUrl: 'http://127.0.0.1:11434/v1/', model: 'llama3', timeoutMs: 5000 };
const messages: ChatMessage[] = [{ role: 'user', content: 'Write to Ada' }];

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(answer: () => Promise<Response> | Response, seen: Seen[] = []): typeof fetch {
  return async (input, init) => {
    seen.push({ url: String(input), init });
    return answer();
  };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('draftWithAi', () => {
  it('is off when not set up or turned off, without calling anything', async () => {
    const seen: Seen[] = [];
    const never = fakeFetch(() => json({}), seen);
    expect(await draftWithAi(null, null, messages, never)).toEqual({ ok: false, reason: 'off', error: 'The AI drafter is not set up' });
    expect(await draftWithAi({ ...settings, enabled: false }, 'k', messages, never)).toMatchObject({ ok: false, reason: 'off' });
    expect(seen).toEqual([]);
  });

  it('posts {model, messages} to <base>/chat/completions with the key as a bearer token', async () => {
    const seen: Seen[] = [];
    const result = await draftWithAi(settings, 'sk-test', messages, fakeFetch(() => json({ model: 'llama3:8b', choices: [{ message: { content: 'Dear Ada' } }] }), seen));
    expect(result).toEqual({ ok: true, model: 'llama3:8b', content: 'Dear Ada' });
    expect(seen[0]?.url).toBe('http://127.0.0.1:11434/v1/chat/completions');
    expect(seen[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual({ model: 'llama3', messages });
    expect(seen[0]?.init?.headers).toMatchObject({ authorization: 'Bearer sk-test' });
  });

  it('sends no Authorization header without a key, and names the configured model when the answer does not', async () => {
    const seen: Seen[] = [];
    const result = await draftWithAi(settings, null, messages, fakeFetch(() => json({ choices: [{ message: { content: 'Hi' } }] }), seen));
    expect(result).toEqual({ ok: true, model: 'llama3', content: 'Hi' });
    expect(seen[0]?.init?.headers).not.toHaveProperty('authorization');
  });

  it('reports an HTTP error as refused, with a short excerpt of the body', async () => {
    const result = await draftWithAi(settings, null, messages, fakeFetch(() => new Response(`model not found ${'x'.repeat(1000)}`, { status: 404 })));
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    if (!result.ok) {
      expect(result.error).toMatch(/^The AI endpoint answered HTTP 404: model not found/);
      expect(result.error.length).toBeLessThan(400);
    }
  });

  it.each([
    ['not JSON', () => new Response('<html>')],
    ['no choices', () => json({ choices: [] })],
    ['an empty message', () => json({ choices: [{ message: { content: '' } }] })],
    ['a null message', () => json({ choices: [{ message: { content: null } }] })],
  ])('reports an answer with %s as refused', async (_label, answer) => {
    expect(await draftWithAi(settings, null, messages, fakeFetch(answer))).toMatchObject({ ok: false, reason: 'refused' });
  });

  it('reports a network failure as unreachable, with the cause', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:11434') });
    };
    const result = await draftWithAi(settings, null, messages, failing);
    expect(result).toEqual({
      ok: false,
      reason: 'unreachable',
      error: 'Could not reach the AI endpoint at http://127.0.0.1:11434/v1/: fetch failed (connect ECONNREFUSED 127.0.0.1:11434)',
    });
  });

  it('gives up after the timeout and says so', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const result = await draftWithAi({ ...settings, timeoutMs: 1000 }, null, messages, hanging);
    expect(result).toEqual({ ok: false, reason: 'unreachable', error: 'The AI endpoint did not answer within 1 s' });
  });
});
