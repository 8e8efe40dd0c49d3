import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginResponse } from '../../core/sync/protocol';
import { createFetchPlatformPort } from '../fixtures/fetchPlatformPort';
import { openTestData, testClock, type TestData } from '../fixtures/testData';
import { startTestPlatform, type TestPlatform } from '../fixtures/platformServer';
import { startMailRig, type MailRig } from '../integration/emailTestRig';
import { sellerOf } from '../fixtures/syncTestClient';

/**
 * Point 6 end to end: an email the seller's app sends while connected carries an HTML part whose
 * links go through the platform's click redirect and whose pixel reports the open; following them
 * on the real platform records the open and the click on the lead, and both come back to the app.
 */
let platform: TestPlatform;
let omar: LoginResponse;
let rig: MailRig;
let t: TestData | null = null;

beforeAll(async () => {
  platform = await startTestPlatform();
  omar = await platform.login('omar@demo.powercozmo.com');
  rig = await startMailRig();
}, 60_000);

afterAll(async () => {
  await t?.data.close();
  await rig?.close();
  await platform?.close();
});

describe('tracked emails', () => {
  it('an email sent while connected reports its open and its link click through the platform, and the lead shows both', async () => {
    const clock = testClock(Date.now());
    const port = createFetchPlatformPort({ url: platform.url, token: omar.token, timeoutMs: 5000 });
    t = await openTestData({
      label: 'tracked-email',
      clock,
      newId: () => crypto.randomUUID(),
      seller: sellerOf(omar),
      mail: rig.service,
      sync: { port, waitForLeadership: false, retryMs: 100, reconnect: { baseMs: 50, capMs: 1000 }, pendingDelayMs: 20 },
    });
    const { data } = t;
    const sync = data.sync;
    if (!sync) throw new Error('no sync');
    // The platform's public address, as the questionnaire links use it.
    await data.questionnaires.saveSettings({ platformBaseUrl: platform.url, defaultTemplateId: 'default' });
    const lead = await data.createLead({ name: 'Fatima Al Zahra', email: 'fatima@desertwater.example', company: { name: 'Desert Water' } });
    const draft = await data.emails.createDraft({ leadId: lead.id, kind: 'quote', subject: 'Pumps for Desert Water', body: 'Hi Fatima,\n\nthe datasheet: https://example.com/pumps.pdf\n\nSamira' });
    await data.emails.submit(draft.id);
    expect((await data.emails.approve([draft.id])).done).toEqual([draft.id]);
    await data.emails.outbox.runNow();
    await sync.awaitInSync();

    const [message] = await rig.smtp.waitForMessages(1);
    expect(message?.text).toContain('https://example.com/pumps.pdf');
    const html = message?.html ?? '';
    const pixel = /<img src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    const click = /<a href="([^"]+)">https:\/\/example\.com\/pumps\.pdf<\/a>/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(pixel).toBe(`${platform.url}/t/o/${encodeURIComponent(draft.id)}.gif`);
    expect(click?.startsWith(`${platform.url}/t/c/`)).toBe(true);

    // The buyer's mail client loads the pixel; the buyer follows the link.
    expect((await fetch(pixel ?? '')).status).toBe(200);
    const followed = await fetch(click ?? '', { redirect: 'manual' });
    expect(followed.status).toBe(302);
    expect(followed.headers.get('location')).toBe('https://example.com/pumps.pdf');

    await expect
      .poll(async () => {
        const local = await data.getLead(lead.id);
        return local && { opened: local.counters.emailsOpened, clicked: local.counters.emailsClicked };
      }, { timeout: 10_000 })
      .toEqual({ opened: 1, clicked: 1 });
  });
});
