import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadEvent } from '../../core/model/event';
import { lead as leadSchema } from '../../core/model/lead';
import type { LoginResponse } from '../../core/sync/protocol';
import { platformEmail, platformLead, startTestPlatform, type TestPlatform } from '../fixtures/platformServer';
import { expectInert, getPage, postForm, pullAll, pushNew } from './publicHelpers';

describe('unsubscribe page over HTTP', () => {
  let platform: TestPlatform;
  let omar: LoginResponse;
  let lena: LoginResponse;
  const token = 'unsub_Tok3n_abcdefghijklmnop';

  async function leadsOf(login: LoginResponse) {
    return (await pullAll(platform, login.token, 'leads')).map((l) => leadSchema.parse(l));
  }
  async function unsubscribeEvents(login: LoginResponse) {
    return (await pullAll(platform, login.token, 'events')).map((e) => leadEvent.parse(e)).filter((e) => e.type === 'lead_updated' && e.data.action === 'unsubscribed');
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    omar = await platform.login('omar@demo.powercozmo.com');
    lena = await platform.login('lena@demo.powercozmo.com');
    const o = { id: omar.user.id, teamId: omar.user.teamId };
    const l = { id: lena.user.id, teamId: lena.user.teamId };
    await pushNew(platform, omar.token, 'leads', [
      platformLead(o, 'lead-amira', { email: 'amira@gulfpower.ae', name: 'Amira <b>Saleh</b>' }),
      // A duplicate the seller has not merged: the same buyer, so unsubscribed too.
      platformLead(o, 'lead-amira-2', { email: 'Amira@GulfPower.ae' }),
      platformLead(o, 'lead-other', { email: 'someone@else.example' }),
    ]);
    await pushNew(platform, lena.token, 'leads', [platformLead(l, 'lead-lena-amira', { email: 'amira@gulfpower.ae' })]);
    await pushNew(platform, omar.token, 'emails', [
      platformEmail(o, 'email-marketing', { leadId: 'lead-amira', kind: 'marketing', status: 'sent', unsubscribeToken: token, to: [{ email: 'amira@gulfpower.ae', name: 'Amira' }] }),
    ]);
  });
  afterAll(async () => platform?.close());

  it('asks for confirmation first and changes nothing on a visit', async () => {
    const page = await getPage(`${platform.url}/u/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expectInert(page.html);
    expect(page.html).toContain('Unsubscribe from these emails?');
    expect(page.html).toContain('am•••@gulfpower.ae');
    expect(page.html).not.toContain('amira@gulfpower.ae');
    expect(page.html).toContain('<button type="submit">Unsubscribe</button>');
    expect((await leadsOf(omar)).every((l) => !l.consent.unsubscribed)).toBe(true);
  });

  it('unsubscribes the buyer on the sender\'s leads with that address, once', async () => {
    const page = await postForm(`${platform.url}/u/${token}`, [['confirm', 'yes']]);
    expect(page.status).toBe(200);
    expect(page.html).toContain('You are unsubscribed');
    expectInert(page.html);

    const leads = await leadsOf(omar);
    const unsubscribed = leads.filter((l) => l.consent.unsubscribed).map((l) => l.id).sort();
    expect(unsubscribed).toEqual(['lead-amira', 'lead-amira-2']);
    // The seller's own fields are kept as they were.
    expect(leads.find((l) => l.id === 'lead-amira')?.name).toBe('Amira <b>Saleh</b>');
    const events = await unsubscribeEvents(omar);
    expect(events.map((e) => e.leadId).sort()).toEqual(['lead-amira', 'lead-amira-2']);
    expect(events[0]).toMatchObject({ actor: { kind: 'platform', id: 'platform' }, data: { action: 'unsubscribed', emailId: 'email-marketing' } });
    // Another seller's lead of the same buyer is that seller's business.
    expect((await leadsOf(lena))[0]?.consent.unsubscribed).toBe(false);

    // Again (a second click, a mail client's one-click POST): the same page, nothing new written.
    const again = await postForm(`${platform.url}/u/${token}`, [['List-Unsubscribe', 'One-Click']]);
    expect(again.status).toBe(200);
    expect(again.html).toContain('You are unsubscribed');
    expect(await unsubscribeEvents(omar)).toHaveLength(2);
    expect((await getPage(`${platform.url}/u/${token}`)).status).toBe(200);
  });

  it('answers unknown and hostile tokens with a polite page', async () => {
    for (const path of ['/u/unknown_token_1234567', '/u/x', `/u/${encodeURIComponent('"><script>alert(1)</script>')}`]) {
      const page = await getPage(`${platform.url}${path}`);
      expect(page.status, path).toBe(404);
      expect(page.html).toContain('We could not find this unsubscribe link');
      expectInert(page.html);
      const posted = await postForm(`${platform.url}${path}`, [['confirm', 'yes']]);
      expect(posted.status, path).toBe(404);
    }
    expect(await unsubscribeEvents(omar)).toHaveLength(2);
  });
});
