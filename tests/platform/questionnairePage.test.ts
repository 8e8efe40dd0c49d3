import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch as dispatchSchema, type Dispatch, type DispatchInput } from '../../core/model/dispatch';
import type { LoginResponse, WireDocument } from '../../core/sync/protocol';
import { startTestPlatform, type TestPlatform } from '../fixtures/platformServer';
import { expectInert, getPage, postForm, pullAll, pushNew } from './publicHelpers';

const hostile = `<script>alert('x')</script>"><img src=x onerror=alert(1)>`;
const t0 = 1_750_000_000_000;
let counter = 0;

function newToken(): string {
  counter++;
  return `tok_${String(counter).padStart(4, '0')}_abcdefghijklmnop`;
}

describe('questionnaire page over HTTP', () => {
  let platform: TestPlatform;
  let omar: LoginResponse;

  function dispatchDoc(token: string, extra: Partial<DispatchInput> = {}): WireDocument {
    return {
      ...dispatchSchema.parse({
        id: `dispatch-${token.slice(4, 8)}`,
        ownerId: omar.user.id,
        teamId: omar.user.teamId,
        createdAt: t0,
        updatedAt: t0,
        leadId: 'lead-amira',
        token,
        sentAt: t0,
        questions: [
          { id: 'name', label: `Your name ${hostile}`, help: hostile, kind: 'text', required: true, leadField: 'name' },
          { id: 'budget', label: 'Budget', kind: 'single_choice', options: ['High Budget', hostile], section: 'bant_champ', leadField: 'qualification.budget' },
          { id: 'areas', label: 'Challenges', kind: 'multiple_choice', options: ['Technical', 'Financial'], section: 'bant_champ' },
          { id: 'qty', label: 'Quantity', kind: 'number', section: 'quote', leadField: 'customFields.quote_quantity' },
          { id: 'mail', label: 'Email', kind: 'email' },
        ],
        ...extra,
      }),
      _deleted: false,
    };
  }

  async function storedDispatch(token: string): Promise<Dispatch> {
    const found = (await pullAll(platform, omar.token, 'dispatches')).find((d) => d.token === token);
    return dispatchSchema.parse(found);
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    omar = await platform.login('omar@demo.powercozmo.com');
  });
  afterAll(async () => platform?.close());

  it('shows the form with every seller text escaped, under a CSP without script', async () => {
    const token = newToken();
    await pushNew(platform, omar.token, 'dispatches', [dispatchDoc(token)]);
    const page = await getPage(`${platform.url}/q/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expectInert(page.html);
    expect(page.html).toContain('Your name &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page.html).toContain('value="&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(page.html).toMatch(/<input type="radio"[^>]*name="a1"[^>]*value="High Budget">/);
    expect(page.html).toMatch(/<input type="checkbox"[^>]*name="a2"[^>]*value="Financial">/);
    expect(page.html).toMatch(/<input type="email"[^>]*name="a4"/);
    expect(page.html).toContain('<form method="post"');
  });

  it('shows problems next to the fields with the typed values kept (escaped), and writes nothing', async () => {
    const token = newToken();
    await pushNew(platform, omar.token, 'dispatches', [dispatchDoc(token)]);
    const page = await postForm(`${platform.url}/q/${token}`, [
      ['a0', ''],
      ['a1', hostile],
      ['a2', 'Financial'],
      ['a3', `12 ${hostile}`],
      ['a4', `x@${hostile}`],
    ]);
    expect(page.status).toBe(422);
    expectInert(page.html);
    expect(page.html).toContain('<p class="error" id="e0">required, but not answered</p>');
    expect(page.html).toContain('<p class="error" id="e3">write a number</p>');
    expect(page.html).toMatch(/<p class="error" id="e4">[^<]+<\/p>/);
    // The hostile option is one of the seller's options: chosen, and shown ticked.
    expect(page.html).toMatch(/<input type="radio" id="f1-1"[^>]*checked>/);
    expect(page.html).toMatch(/<input type="checkbox" id="f2-1"[^>]*value="Financial" checked>/);
    expect(page.html).toContain('value="12 &lt;script&gt;');
    const stored = await storedDispatch(token);
    expect(stored.answeredAt).toBeNull();
    expect(stored.answers).toEqual({});
  });

  it('takes one submission: answers and answeredAt replicate to the seller, a second post is refused', async () => {
    const token = newToken();
    await pushNew(platform, omar.token, 'dispatches', [dispatchDoc(token)]);
    const page = await postForm(`${platform.url}/q/${token}`, [
      ['a0', '  Amira Saleh '],
      ['a1', 'high budget'],
      ['a2', 'Financial'],
      ['a2', 'technical'],
      ['a3', '1,200'],
      ['a4', 'Amira@GulfPower.AE'],
      ['unasked', 'ignored'],
    ]);
    expect(page.status).toBe(200);
    expect(page.html).toContain('your answers have been sent');
    const stored = await storedDispatch(token);
    expect(stored.answers).toEqual({ name: 'Amira Saleh', budget: 'High Budget', areas: ['Financial', 'Technical'], qty: 1200, mail: 'amira@gulfpower.ae' });
    expect(stored.answeredAt).not.toBeNull();
    expect(stored.processedAt).toBeNull();
    expect(stored.questions).toEqual(dispatchSchema.parse(dispatchDoc(token)).questions);

    const second = await postForm(`${platform.url}/q/${token}`, [['a0', 'Someone else']]);
    expect(second.status).toBe(409);
    expect(second.html).toContain('your answers have been sent');
    expect((await storedDispatch(token)).answers.name).toBe('Amira Saleh');
    const again = await getPage(`${platform.url}/q/${token}`);
    expect(again.status).toBe(200);
    expect(again.html).not.toContain('<form');
  });

  it('lets exactly one of two simultaneous submissions in', async () => {
    const token = newToken();
    await pushNew(platform, omar.token, 'dispatches', [dispatchDoc(token)]);
    const [a, b] = await Promise.all([
      postForm(`${platform.url}/q/${token}`, [['a0', 'First']]),
      postForm(`${platform.url}/q/${token}`, [['a0', 'Second']]),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'First' : 'Second';
    expect((await storedDispatch(token)).answers).toEqual({ name: winner });
  });

  it('opens again when the seller reopens it, with the earlier answers filled in', async () => {
    const token = newToken();
    await pushNew(platform, omar.token, 'dispatches', [dispatchDoc(token)]);
    expect((await postForm(`${platform.url}/q/${token}`, [['a0', 'Amira'], ['a3', '40']])).status).toBe(200);
    const answered = (await pullAll(platform, omar.token, 'dispatches')).find((d) => d.token === token) as WireDocument;
    // The app's reopen: answeredAt and processedAt cleared (processed in between).
    const reopened = { ...answered, answeredAt: null, processedAt: null, problems: [], updatedAt: t0 + 10 };
    const reply = await platform.call('POST', '/sync/dispatches/push', { token: omar.token, body: { rows: [{ assumedMasterState: answered, newDocumentState: reopened }] } });
    expect(reply.body).toEqual({ conflicts: [] });
    const page = await getPage(`${platform.url}/q/${token}`);
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/name="a0"[^>]*value="Amira"/);
    expect(page.html).toMatch(/name="a3"[^>]*value="40"/);
    expect((await postForm(`${platform.url}/q/${token}`, [['a0', 'Amira Saleh'], ['a3', '80']])).status).toBe(200);
    expect((await storedDispatch(token)).answers).toEqual({ name: 'Amira Saleh', qty: 80 });
  });

  it('says when a questionnaire has closed', async () => {
    const token = newToken();
    await pushNew(platform, omar.token, 'dispatches', [dispatchDoc(token, { expiresAt: Date.now() - 60_000 })]);
    const page = await getPage(`${platform.url}/q/${token}`);
    expect(page.status).toBe(410);
    expect(page.html).toContain('This questionnaire has closed');
    expect((await postForm(`${platform.url}/q/${token}`, [['a0', 'Late']])).status).toBe(410);
    expect((await storedDispatch(token)).answeredAt).toBeNull();
  });

  it('answers unknown, malformed, hostile and deleted tokens with the same page, never echoing the token', async () => {
    const deleted = newToken();
    await pushNew(platform, omar.token, 'dispatches', [{ ...dispatchDoc(deleted), _deleted: true }]);
    for (const path of [
      `/q/${newToken()}`,
      `/q/${deleted}`,
      '/q/short',
      `/q/${encodeURIComponent(`abcdefghijklmnopqrstu"><script>alert(1)</script>`)}`,
      `/q/${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    ]) {
      const page = await getPage(`${platform.url}${path}`);
      expect(page.status, path).toBe(404);
      expect(page.html).toContain('This questionnaire link is not valid');
      expectInert(page.html);
      expect((await postForm(`${platform.url}${path}`, [['a0', 'x']])).status, path).toBe(404);
    }
    // Beyond the router's parameter length: refused before it reaches the page, and never as HTML.
    const long = await getPage(`${platform.url}/q/${'a'.repeat(120)}<b>`);
    expect(long.status).toBe(414);
    expect(long.headers.get('content-type')).not.toContain('html');
  });

  it('answers a body it cannot read with a page', async () => {
    const token = newToken();
    await pushNew(platform, omar.token, 'dispatches', [dispatchDoc(token)]);
    const big = await postForm(`${platform.url}/q/${token}`, [['a0', 'x'.repeat(300 * 1024)]]);
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain('text/html');
    expect((await storedDispatch(token)).answeredAt).toBeNull();
  });
});
