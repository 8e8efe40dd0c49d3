import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadEvent, type LeadEvent } from '../../core/model/event';
import { lead as leadSchema, type Lead } from '../../core/model/lead';
import type { LoginResponse } from '../../core/sync/protocol';
import { transparentGif } from '../../platform/tracking/pixel';
import { platformEmail, platformLead, startTestPlatform, type TestPlatform } from '../fixtures/platformServer';
import { getPage, pullAll, pushNew } from './publicHelpers';

const body = [
  'Dear Amira,',
  'our catalogue: https://powercozmo.com/products/solar?ref=mail&id=7.',
  'Datasheet (https://files.example.com/datasheet.pdf).',
].join('\n');

describe('tracking over HTTP', () => {
  let platform: TestPlatform;
  let omar: LoginResponse;
  let admin: string;
  const owner = () => ({ id: omar.user.id, teamId: omar.user.teamId });

  async function omarsLead(id: string): Promise<Lead> {
    const found = (await pullAll(platform, omar.token, 'leads')).find((l) => l.id === id);
    return leadSchema.parse(found);
  }
  async function omarsEvents(): Promise<LeadEvent[]> {
    return (await pullAll(platform, omar.token, 'events')).map((e) => leadEvent.parse(e));
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    omar = await platform.login('omar@demo.powercozmo.com');
    admin = (await platform.login('marketplace@demo.powercozmo.com')).token;
    await pushNew(platform, omar.token, 'leads', [platformLead(owner(), 'lead-amira', { email: 'amira@gulfpower.ae', name: 'Amira Saleh' })]);
    await pushNew(platform, omar.token, 'emails', [
      platformEmail(owner(), 'email-sent', { leadId: 'lead-amira', status: 'sent', body, to: [{ email: 'amira@gulfpower.ae' }] }),
      platformEmail(owner(), 'email-draft', { leadId: 'lead-amira', status: 'draft', body }),
    ]);
  });
  afterAll(async () => platform?.close());

  it('the open pixel is the same GIF whatever the id, and records email_open only for a sent email', async () => {
    for (const id of ['email-sent', 'email-draft', 'no-such-email', '%3Cscript%3E']) {
      const reply = await fetch(`${platform.url}/t/o/${id}.gif`);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe('image/gif');
      expect(reply.headers.get('cache-control')).toContain('no-store');
      expect(Buffer.from(await reply.arrayBuffer()).equals(transparentGif)).toBe(true);
    }
    const opens = (await omarsEvents()).filter((e) => e.type === 'email_open');
    expect(opens).toHaveLength(1);
    expect(opens[0]).toMatchObject({ leadId: 'lead-amira', ownerId: 'seller-omar', data: { emailId: 'email-sent' }, actor: { kind: 'platform' } });
    const lead = await omarsLead('lead-amira');
    expect(lead.counters.emailsOpened).toBe(1);
    expect(lead.lastEventAt.email_open).toBe(opens[0]?.at);
    expect(lead.lastActivityAt).toBe(opens[0]?.at);
    // email_open moves a lead out of Unknown (the default stage map), recorded like the app's brain does.
    expect(lead.stage).not.toBe('unknown');
    expect((await omarsEvents()).filter((e) => e.type === 'stage_changed')).toHaveLength(1);
  });

  it('a click redirects only to a link the email contained, and records email_click', async () => {
    const link = 'https://powercozmo.com/products/solar?ref=mail&id=7';
    const reply = await getPage(`${platform.url}/t/c/email-sent?u=${encodeURIComponent(link)}`);
    expect(reply.status).toBe(302);
    expect(reply.headers.get('location')).toBe(link);
    const clicks = (await omarsEvents()).filter((e) => e.type === 'email_click');
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.data).toEqual({ emailId: 'email-sent', url: link });
    expect((await omarsLead('lead-amira')).counters.emailsClicked).toBe(1);
  });

  it('refuses every other address with a page, and records nothing', async () => {
    const link = 'https://files.example.com/datasheet.pdf';
    const refused = [
      `/t/c/email-sent?u=${encodeURIComponent('https://evil.example/')}`,
      `/t/c/email-sent?u=${encodeURIComponent(encodeURIComponent(link))}`,
      `/t/c/email-sent?u=${encodeURIComponent(`${link}/../../evil`)}`,
      `/t/c/email-sent?u=${encodeURIComponent('//evil.example/')}`,
      `/t/c/email-sent?u=${encodeURIComponent('javascript:alert(document.cookie)')}`,
      `/t/c/email-sent?u=${encodeURIComponent('JaVaScRiPt:alert(1)')}`,
      `/t/c/email-sent?u=${encodeURIComponent(`${link}\r\nSet-Cookie: x=1`)}`,
      `/t/c/email-sent?u=${encodeURIComponent('https://files.example.com@evil.example/datasheet.pdf')}`,
      `/t/c/email-sent?u=${encodeURIComponent(link)}&u=${encodeURIComponent('https://evil.example/')}`,
      '/t/c/email-sent',
      `/t/c/email-draft?u=${encodeURIComponent(link)}`,
      `/t/c/no-such-email?u=${encodeURIComponent(link)}`,
    ];
    for (const path of refused) {
      const reply = await getPage(`${platform.url}${path}`);
      expect(reply.status, path).toBe(404);
      expect(reply.headers.get('location'), path).toBeNull();
      expect(reply.headers.get('content-type')).toContain('text/html');
      expect(reply.html).toContain('This link is not available');
    }
    expect((await omarsEvents()).filter((e) => e.type === 'email_click')).toHaveLength(1);
    // The datasheet link itself works.
    expect((await getPage(`${platform.url}/t/c/email-sent?u=${encodeURIComponent(link)}`)).headers.get('location')).toBe(link);
  });

  it('ingests a page view onto the seller\'s lead of that buyer', async () => {
    const reply = await platform.call('POST', '/api/track', { token: admin, body: { type: 'page_view', sellerId: 'seller-omar', buyer: { email: 'AMIRA@gulfpower.ae' }, detail: '/products/solar-inverter-250' } });
    expect(reply.status).toBe(200);
    const result = reply.body as { leadId: string; eventId: string; createdLead: boolean };
    expect(result).toMatchObject({ leadId: 'lead-amira', createdLead: false });
    const event = (await omarsEvents()).find((e) => e.id === result.eventId);
    expect(event).toMatchObject({ type: 'page_view', leadId: 'lead-amira', data: { detail: '/products/solar-inverter-250' } });
    const lead = await omarsLead('lead-amira');
    expect(lead.counters.pageViews).toBe(1);
    // The seller's own fields are untouched by the platform's write.
    expect(lead.name).toBe('Amira Saleh');
  });

  it('creates a potential lead for an unknown buyer\'s download, a direct one for a quote request', async () => {
    const download = await platform.call('POST', '/api/track', { token: admin, body: { type: 'download', sellerId: 'seller-omar', buyer: { email: 'new.buyer@example.com', name: 'New Buyer', country: 'DE' }, at: 1_760_000_000_000, detail: 'datasheet.pdf' } });
    expect(download.status).toBe(200);
    const created = download.body as { leadId: string; eventId: string; createdLead: boolean };
    expect(created.createdLead).toBe(true);
    const lead = await omarsLead(created.leadId);
    expect(lead).toMatchObject({ leadType: 'potential', email: 'new.buyer@example.com', name: 'New Buyer', country: 'DE', counters: { downloads: 1 }, lastInterestAt: 1_760_000_000_000 });
    const events = (await omarsEvents()).filter((e) => e.leadId === created.leadId).map((e) => e.type).sort();
    expect(events).toEqual(['download', 'lead_created', 'stage_changed']);

    const quote = await platform.call('POST', '/api/track', { token: admin, body: { type: 'quote_request', sellerId: 'seller-lena', buyer: { email: 'new.buyer@example.com' } } });
    const lenaLead = (quote.body as { leadId: string; createdLead: boolean });
    expect(lenaLead.createdLead).toBe(true);
    const lena = await platform.login('lena@demo.powercozmo.com');
    const lenaLeads = await pullAll(platform, lena.token, 'leads');
    expect(lenaLeads.map((l) => [l.id, l.leadType])).toEqual([[lenaLead.leadId, 'direct']]);
    // Omar's leads are not Lena's: the download lead stays Omar's only.
    expect(lenaLeads.some((l) => l.id === created.leadId)).toBe(false);

    // A second event for the same buyer and seller finds the created lead.
    const again = await platform.call('POST', '/api/track', { token: admin, body: { type: 'download', sellerId: 'seller-omar', buyer: { email: 'new.buyer@example.com' } } });
    expect(again.body).toMatchObject({ leadId: created.leadId, createdLead: false });
    expect((await omarsLead(created.leadId)).counters.downloads).toBe(2);
  });

  it('refuses sellers, unknown sellers and bad events', async () => {
    const event = { type: 'page_view', sellerId: 'seller-omar', buyer: { email: 'amira@gulfpower.ae' } };
    expect((await platform.call('POST', '/api/track', { body: event })).status).toBe(401);
    expect((await platform.call('POST', '/api/track', { token: omar.token, body: event })).status).toBe(403);
    expect((await platform.call('POST', '/api/track', { token: admin, body: { ...event, sellerId: 'seller-nobody' } })).body).toMatchObject({ error: 'unknown_seller' });
    expect((await platform.call('POST', '/api/track', { token: admin, body: { ...event, type: 'email_open' } })).status).toBe(400);
    expect((await platform.call('POST', '/api/track', { token: admin, body: { ...event, buyer: { email: 'nobody' } } })).status).toBe(400);
    expect((await omarsLead('lead-amira')).counters.pageViews).toBe(1);
  });
});
