import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserDesktopApi } from './createBrowserDesktopApi';

interface Call {
  url: string;
  body: unknown;
}

function hostAnswering(status: number, payload: unknown, calls: Call[] = []): typeof fetch {
  return async (input, init) => {
    calls.push({ url: String(input), body: JSON.parse(String(init?.body)) as unknown });
    return new Response(JSON.stringify(payload), { status, headers: { 'content-type': 'application/json' } });
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createBrowserDesktopApi: mail channels', () => {
  it('posts each mail request to the local services host and returns its result', async () => {
    const calls: Call[] = [];
    vi.stubGlobal('fetch', hostAnswering(200, { result: { reachable: true, message: 'Connected to smtp.example.com:587' } }, calls));
    const api = createBrowserDesktopApi();
    await expect(api.checkMailServer()).resolves.toEqual({ reachable: true, message: 'Connected to smtp.example.com:587' });
    await api.removeAttachment('att-1');
    await api.sendEmail({ messageId: '<e@x.example>', to: [{ email: 'a@b.example' }], subject: 's', text: 't' });
    expect(calls).toEqual([
      { url: '/api/desktop/checkMailServer', body: { args: [] } },
      { url: '/api/desktop/removeAttachment', body: { args: ['att-1'] } },
      { url: '/api/desktop/sendEmail', body: { args: [{ messageId: '<e@x.example>', to: [{ email: 'a@b.example' }], subject: 's', text: 't' }] } },
    ]);
  });

  it("surfaces a refusal as an Error with the host's own message", async () => {
    vi.stubGlobal('fetch', hostAnswering(422, { error: { code: 'refused', message: '"huge.bin" is larger than 10 MB; attach a smaller file' } }));
    const api = createBrowserDesktopApi();
    await expect(api.addAttachment({ fileName: 'huge.bin', dataBase64: '' })).rejects.toThrow(/^"huge.bin" is larger than 10 MB; attach a smaller file$/);
  });

  it('names the channel and status when the host gives no message, and says so when it cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => new Response('oops', { status: 502 }));
    await expect(createBrowserDesktopApi().getMailSettings()).rejects.toThrow('The local services host refused getMailSettings (HTTP 502)');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createBrowserDesktopApi().getAiSettings()).rejects.toThrow(/cannot be reached/);
  });
});
