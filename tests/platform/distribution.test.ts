import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lead as leadSchema } from '../../core/model/lead';
import { leadEvent } from '../../core/model/event';
import { startTestPlatform, type TestPlatform } from '../fixtures/platformServer';
import { pullAll } from './publicHelpers';

const rfq = (extra: Record<string, unknown> = {}) => ({
  sellerId: 'seller-omar',
  buyer: { email: ' Amira@GulfPower.AE ', name: 'Amira Saleh', company: 'Gulf Power', country: 'United Arab Emirates', phone: '+971 4 123 4567' },
  product: '250 kW solar inverter',
  category: 'solar',
  quantity: '12 units',
  at: 1_760_000_000_000,
  ...extra,
});

const copiesOf = (body: unknown) => (body as { copies: { sellerId: string; leadId: string }[] }).copies;

describe('Lead Distribution Center (POST /api/rfq) over HTTP', () => {
  let platform: TestPlatform;
  let admin: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startTestPlatform({ distributionCopies: 3 });
    admin = (await platform.login('marketplace@demo.powercozmo.com')).token;
    for (const name of ['omar', 'lena', 'ravi', 'chen', 'sara', 'tom']) tokens[name] = (await platform.login(`${name}@demo.powercozmo.com`)).token;
  });
  afterAll(async () => platform?.close());

  it('creates the direct lead and three copies for the chosen sellers, who pull exactly theirs', async () => {
    const reply = await platform.call('POST', '/api/rfq', { token: admin, body: rfq() });
    expect(reply.status).toBe(200);
    const body = reply.body as { directLeadId: string; distributionId: string };
    // solar first (Ravi premium 81, Sara standard 79), then by tier and score: Lena standard 74.
    expect(copiesOf(reply.body).map((c) => c.sellerId)).toEqual(['seller-ravi', 'seller-sara', 'seller-lena']);

    const omarLeads = await pullAll(platform, tokens.omar as string, 'leads');
    expect(omarLeads.map((l) => l.id)).toEqual([body.directLeadId]);
    const direct = leadSchema.parse(omarLeads[0]);
    expect(direct).toMatchObject({
      ownerId: 'seller-omar',
      teamId: 'team-gulf',
      leadType: 'direct',
      email: 'amira@gulfpower.ae',
      name: 'Amira Saleh',
      country: 'AE',
      phone: '+97141234567',
      company: { name: 'Gulf Power' },
      source: { category: 'Platform-Specific Channels', channel: 'Get Quote Form', detail: '250 kW solar inverter' },
      stage: 'intentional_leads',
      lastInterestAt: 1_760_000_000_000,
      lastActivityAt: 1_760_000_000_000,
      lastEventAt: { quote_request: 1_760_000_000_000 },
    });
    expect(direct.counters.quoteRequests).toBe(1);

    const omarEvents = (await pullAll(platform, tokens.omar as string, 'events')).map((e) => leadEvent.parse(e));
    expect(omarEvents.map((e) => e.type).sort()).toEqual(['lead_created', 'quote_request', 'stage_changed']);
    for (const event of omarEvents) {
      expect(event.leadId).toBe(body.directLeadId);
      expect(event.actor).toEqual({ kind: 'platform', id: 'platform', name: 'Power Cozmo' });
    }
    expect(omarEvents.find((e) => e.type === 'quote_request')?.data).toMatchObject({ product: '250 kW solar inverter', quantity: '12 units', distributionId: body.distributionId, copy: false });
    expect(omarEvents.find((e) => e.type === 'stage_changed')?.data).toMatchObject({ from: 'unknown', to: 'intentional_leads', cause: 'quote_request' });

    for (const copy of copiesOf(reply.body)) {
      const name = copy.sellerId.replace('seller-', '');
      const leads = await pullAll(platform, tokens[name] as string, 'leads');
      expect(leads.map((l) => l.id)).toEqual([copy.leadId]);
      expect(leadSchema.parse(leads[0])).toMatchObject({ ownerId: copy.sellerId, leadType: 'platform', email: 'amira@gulfpower.ae', source: { channel: 'Power Cozmo Leads' } });
      const events = (await pullAll(platform, tokens[name] as string, 'events')).map((e) => leadEvent.parse(e));
      expect(events.map((e) => e.type).sort()).toEqual(['lead_created', 'quote_request', 'stage_changed']);
      expect(events.every((e) => e.leadId === copy.leadId && e.ownerId === copy.sellerId)).toBe(true);
    }
    // Sellers who got nothing see nothing.
    expect(await pullAll(platform, tokens.chen as string, 'leads')).toEqual([]);
    expect(await pullAll(platform, tokens.tom as string, 'leads')).toEqual([]);
  });

  it('chooses the same sellers for the same RFQ, and answers a repeated RFQ id with the first distribution', async () => {
    const first = await platform.call('POST', '/api/rfq', { token: admin, body: rfq({ id: 'rfq-2001', sellerId: 'seller-lena', category: 'Pumps' }) });
    expect(first.status).toBe(200);
    // Pumps: Sara (standard 79) sells them; then Omar and Ravi (premium).
    expect(copiesOf(first.body).map((c) => c.sellerId)).toEqual(['seller-sara', 'seller-omar', 'seller-ravi']);
    const again = await platform.call('POST', '/api/rfq', { token: admin, body: rfq({ id: 'rfq-2001', sellerId: 'seller-lena', category: 'Pumps' }) });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect((first.body as { distributionId: string }).distributionId).toBe('rfq-2001');
    const lenaLeads = await pullAll(platform, tokens.lena as string, 'leads');
    expect(lenaLeads.filter((l) => l.leadType === 'direct')).toHaveLength(1);

    const other = await platform.call('POST', '/api/rfq', { token: admin, body: rfq({ sellerId: 'seller-lena', category: 'pumps', product: 'Another pump' }) });
    expect(copiesOf(other.body).map((c) => c.sellerId)).toEqual(['seller-sara', 'seller-omar', 'seller-ravi']);
  });

  it('logs every distribution with the reasons', async () => {
    const reply = await platform.call('GET', '/api/distributions?limit=10', { token: admin });
    expect(reply.status).toBe(200);
    const log = (reply.body as { distributions: { id: string; directSellerId: string; reasons: { sellerId: string; reason: string }[]; shortfall: string | null }[] }).distributions;
    expect(log).toHaveLength(3);
    const repeated = log.find((d) => d.id === 'rfq-2001');
    expect(repeated?.directSellerId).toBe('seller-lena');
    expect(repeated?.reasons).toEqual([
      { sellerId: 'seller-sara', reason: '1. sells pumps, standard tier, seller score 79' },
      { sellerId: 'seller-omar', reason: '2. does not list pumps, premium tier, seller score 88' },
      { sellerId: 'seller-ravi', reason: '3. does not list pumps, premium tier, seller score 81' },
    ]);
    expect(repeated?.shortfall).toBeNull();
  });

  it('refuses sellers, bad RFQs and unknown sellers without writing', async () => {
    expect((await platform.call('POST', '/api/rfq', { body: rfq() })).status).toBe(401);
    const forbidden = await platform.call('POST', '/api/rfq', { token: tokens.omar, body: rfq() });
    expect(forbidden.status).toBe(403);
    expect((await platform.call('GET', '/api/distributions', { token: tokens.omar })).status).toBe(403);

    const noProduct = await platform.call('POST', '/api/rfq', { token: admin, body: rfq({ product: '  ' }) });
    expect(noProduct.status).toBe(400);
    expect(noProduct.body).toMatchObject({ error: 'invalid_request', problems: [{ id: 'product', reason: 'name the product' }] });
    const badEmail = await platform.call('POST', '/api/rfq', { token: admin, body: rfq({ buyer: { email: 'not-an-address' } }) });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body).toMatchObject({ error: 'invalid_request', problems: [{ id: 'buyer.email' }] });
    const unknown = await platform.call('POST', '/api/rfq', { token: admin, body: rfq({ sellerId: 'seller-nobody' }) });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'unknown_seller' });
    const toAdmin = await platform.call('POST', '/api/rfq', { token: admin, body: rfq({ sellerId: 'admin-marketplace' }) });
    expect(toAdmin.status).toBe(404);

    const log = (await platform.call('GET', '/api/distributions', { token: admin })).body as { distributions: unknown[] };
    expect(log.distributions).toHaveLength(3);
    expect((await pullAll(platform, tokens.omar as string, 'leads')).filter((l) => l.leadType === 'direct')).toHaveLength(1);
  });
});

describe('Lead Distribution Center with few sellers', () => {
  let platform: TestPlatform;
  afterAll(async () => platform?.close());

  it('sends fewer copies than configured when sellers run short, and says why', async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    platform = await startTestPlatform({ distributionCopies: 5, logStream });
    await platform.platform.db.query(`UPDATE users SET disabled = true WHERE id IN ('seller-chen', 'seller-tom')`);
    const admin = (await platform.login('marketplace@demo.powercozmo.com')).token;
    const reply = await platform.call('POST', '/api/rfq', { token: admin, body: rfq() });
    expect(reply.status).toBe(200);
    expect(copiesOf(reply.body).map((c) => c.sellerId)).toEqual(['seller-ravi', 'seller-sara', 'seller-lena']);
    const log = (await platform.call('GET', '/api/distributions', { token: admin })).body as { distributions: { shortfall: string | null }[] };
    expect(log.distributions[0]?.shortfall).toBe('only 3 other active sellers on the platform, 5 copies asked for');
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.event === 'rfq_distributed');
    expect(logged).toMatchObject({ sellerId: 'seller-omar', copiesAsked: 5, shortfall: 'only 3 other active sellers on the platform, 5 copies asked for', category: 'solar' });
    expect((logged?.copies as unknown[]).length).toBe(3);
  });
});
