import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { activityFigures, dashboardFigures, leadFigures } from '../../core/dashboard/dashboardFigures';
import { dashboardTables } from '../../core/dashboard/dashboardTables';
import { resolveDayRange, type TimeRange } from '../../core/dashboard/dateRange';
import { customerStages } from '../../core/reference/customerStages';
import type { LeadCenterData } from '../../renderer/data/contract';
import { tableCsv } from '../../renderer/src/dashboard/utils/tableCsv';
import { startTestSmtpServer, type TestSmtpServer } from '../fixtures/testSmtpServer';
import { listReady, makeLead, openTestData, testIds, waitFor, type TestData } from '../fixtures/testData';
import { startMailRig, type MailRig } from './emailTestRig';

/**
 * The Dashboard's figures against a known fixture: leads created in April, May and June 2025
 * in known groups, stages and sources; emails in every state; email events and rule firings on
 * known days. The seller is in UTC here (the period's local days are core/dashboard's, tested
 * there with other offsets).
 */

const utc = () => 0;
const at = (month: number, day: number, hour = 12) => Date.UTC(2025, month - 1, day, hour);
const stages = customerStages.map(({ id, name, order }) => ({ id, name, order }));
const labels = { groupLabel: (id: string) => id, temperatureLabel: (id: string) => id };

function range(from: string | null, to: string | null): TimeRange {
  const resolved = resolveDayRange({ from, to }, utc);
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.value;
}
const may = range('2025-05-01', '2025-05-31');
const all = range(null, null);

let smtp: TestSmtpServer;
let rig: MailRig;
let t: TestData;
const ids = { rulePromote: '', ruleFollow: '' };

const events = { source: { category: 'Offline Channels', channel: 'Events' } };
const website = { source: { category: 'Online', channel: 'Website' } };
const none = { source: { category: '', channel: '' } };

let extra: TestData[] = [];
afterEach(async () => {
  for (const o of extra) await o.data.close();
  extra = [];
});

async function rulesNow(data: LeadCenterData) {
  const { firstValueFrom } = await import('rxjs');
  const summaries = await firstValueFrom(data.rules.observe());
  return summaries.map((s) => ({ id: s.rule.id, name: s.rule.name, enabled: s.rule.enabled, ...s.stats }));
}

async function figuresFor(data: LeadCenterData, period: TimeRange) {
  await data.dashboard.load();
  const activity = data.dashboard.activity(period);
  return dashboardFigures({
    rows: data.leadList.query({ filters: { search: '', groups: [], sources: [], tags: [], countries: [] }, sort: null }),
    range: period,
    stages,
    emails: activity.emails,
    emailEvents: activity.emailEvents,
    rules: await rulesNow(data),
    ruleFirings: activity.ruleFirings,
    ruleNameOfDeleted: activity.ruleNameOfDeleted,
  });
}

describe('dashboard figures from the store', () => {
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    rig = await startMailRig({ smtp });
    t = await openTestData({ label: 'dashboard', mail: rig.service, autoRules: false, newId: testIds('dash'), dashboard: { pageSize: 7, notifyDelayMs: 5 } });
    const { data, clock } = t;
    clock.set(at(6, 1, 9));
    await data.insertLeads([
      // May: six leads.
      makeLead(1, { ...events, createdAt: at(5, 3), group: 'qualified', stage: 'confirmed_leads' }),
      makeLead(2, { ...events, createdAt: at(5, 4), group: 'customer', stage: 'closed_customers' }),
      makeLead(3, { ...events, createdAt: at(5, 5), group: 'untouched', stage: 'initial_contact' }),
      makeLead(4, { ...website, createdAt: at(5, 6), group: 'nurturing', stage: 'primary_leads' }),
      makeLead(5, { ...website, createdAt: at(5, 31, 23), group: 'untouched', stage: 'unknown' }),
      makeLead(6, { ...none, createdAt: at(5, 1, 0), group: 'spam', stage: 'unknown' }),
      // April: two; June: one.
      makeLead(7, { ...events, createdAt: at(4, 20), group: 'customer', stage: 'closed_customers' }),
      makeLead(8, { ...events, createdAt: at(4, 30, 23), group: 'untouched', stage: 'unknown' }),
      makeLead(9, { ...website, createdAt: at(6, 1, 0), group: 'untouched', stage: 'unknown' }),
    ]);
    await listReady(data);
    await waitFor(() => data.leadList.size === 9);

    // Emails (on leads whose stage the email events cannot move: they are past Initial Contact).
    const lead = (i: number) => `lead-${i.toString().padStart(6, '0')}`;
    const draft = (i: number) => data.emails.createDraft({ leadId: lead(i), kind: 'follow_up', subject: `Offer ${i}`, body: 'Hello,\n\nthe offer.\n\nSamira' });
    const sendNow = async (id: string) => {
      await data.emails.submit(id);
      expect((await data.emails.approve([id])).done).toEqual([id]);
      await data.emails.outbox.runNow();
      expect((await data.emails.get(id))?.status).toBe('sent');
    };
    clock.set(at(4, 20));
    const aprilDraft = await draft(7); // written in April, approved and sent in May
    clock.set(at(5, 2));
    await sendNow(aprilDraft.id);
    clock.set(at(5, 10));
    await draft(1); // stays a draft
    const replied = await draft(1);
    await sendNow(replied.id);
    clock.set(at(5, 11));
    const bounced = await draft(3);
    await sendNow(bounced.id);
    await data.emails.recordBounce(bounced.id, { reason: 'mailbox unknown' });
    clock.set(at(5, 12));
    await data.emails.recordReply(replied.id);
    clock.set(at(5, 15));
    await data.emails.submit((await draft(4)).id); // waiting for approval
    clock.set(at(5, 16));
    const rejected = await draft(4);
    await data.emails.submit(rejected.id);
    await data.emails.reject(rejected.id, 'Wrong product');
    clock.set(at(6, 1, 8));
    await draft(2); // June

    // Opens reported on the buyers' side: two in May, one in April.
    clock.set(at(6, 1, 9));
    await data.recordLeadEvent(lead(1), { type: 'email_open', at: at(5, 13) });
    await data.recordLeadEvent(lead(1), { type: 'email_open', at: at(5, 20) });
    await data.recordLeadEvent(lead(7), { type: 'email_open', at: at(4, 25) });

    // Rules: one fires on the two customers in May, the other on the qualified lead in June.
    clock.set(at(5, 20));
    const promote = await data.rules.save({
      name: 'Thank customers',
      trigger: { kind: 'manual' },
      criteria: { combinator: 'all', conditions: [{ criterion: 'group', operator: 'equals', value: 'customer' }] },
      actions: [{ type: 'add_tag', params: { tag: 'thanked' } }],
      enabled: true,
    });
    ids.rulePromote = promote.id;
    expect((await data.rules.runNow(promote.id)).fired).toBe(2);
    clock.set(at(6, 1, 9));
    const follow = await data.rules.save({
      name: 'Follow qualified',
      trigger: { kind: 'manual' },
      criteria: { combinator: 'all', conditions: [{ criterion: 'group', operator: 'equals', value: 'qualified' }] },
      actions: [{ type: 'add_tag', params: { tag: 'follow' } }],
      enabled: true,
    });
    ids.ruleFollow = follow.id;
    expect((await data.rules.runNow(follow.id)).fired).toBe(1);
  });

  afterAll(async () => {
    await t.data.close();
    await rig.close();
    await smtp.close();
  });

  it('reads every event and email once, in pages, with progress, then is ready', async () => {
    const { dashboard } = t.data;
    const seen: (number | null)[] = [];
    const stop = dashboard.subscribe(() => seen.push(dashboard.loading?.done ?? null));
    expect(dashboard.ready).toBe(false);
    expect(dashboard.activity(all).emailEvents).toEqual({ sent: 0, opened: 0, replied: 0, bounced: 0 });
    await dashboard.load();
    stop();
    expect(dashboard.ready).toBe(true);
    expect(dashboard.loading).toBeNull();
    expect(dashboard.error).toBeNull();
    // Pages of 7: progress moved more than a few times before it ended.
    expect(seen.filter((n) => n !== null && n > 0).length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBeNull();
  });

  it('counts the leads created in May by group, source, stage and source effectiveness', async () => {
    const f = await figuresFor(t.data, may);
    expect(f.leads).toBe(6);
    expect(f.overview.groups).toEqual([
      { group: 'untouched', count: 2 },
      { group: 'customer', count: 1 },
      { group: 'nurturing', count: 1 },
      { group: 'qualified', count: 1 },
      { group: 'spam', count: 1 },
    ]);
    expect(f.sources).toEqual([
      { source: 'Events', count: 3 },
      { source: 'Website', count: 2 },
      { source: '', count: 1 },
    ]);
    expect(f.funnel.steps.map((s) => [s.stage, s.atStage, s.reached])).toEqual([
      ['unknown', 2, 6],
      ['initial_contact', 1, 4],
      ['primary_leads', 1, 3],
      ['intentional_leads', 0, 2],
      ['confirmed_leads', 1, 2],
      ['closed_customers', 1, 1],
    ]);
    expect(f.sourceEffects.map((s) => [s.source, s.leads, s.qualified, s.customers])).toEqual([
      ['Events', 3, 2, 1],
      ['Website', 2, 0, 0],
      ['', 1, 0, 0],
    ]);
    // Score buckets and temperatures hold the same leads as the stored scores say.
    const mayLeads = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => t.data.getLead(`lead-${i.toString().padStart(6, '0')}`)));
    const hot = mayLeads.filter((l) => l?.temperature === 'hot').length;
    expect(f.overview.temperatures.find((x) => x.temperature === 'hot')?.count).toBe(hot);
    expect(f.overview.scoreBuckets.reduce((sum, b) => sum + b.count, 0)).toBe(6);
    for (const l of mayLeads) expect(f.overview.scoreBuckets.find((b) => l !== null && l.score >= b.from && (l.score < b.to + 1 || b.to === 100))?.count).toBeGreaterThan(0);
  });

  it('counts May’s emails in each state and its email events', async () => {
    const f = await figuresFor(t.data, may);
    expect(f.email).toEqual({
      drafted: 5,
      approved: 3,
      sent: 3,
      opened: 2,
      replied: 1,
      bounced: 1,
      approvalRate: 3 / 5,
      openRate: 2 / 3,
      replyRate: 1 / 3,
      bounceRate: 1 / 3,
    });
    const everything = await figuresFor(t.data, all);
    expect(everything.email).toMatchObject({ drafted: 7, approved: 3, sent: 3, opened: 3, replied: 1, bounced: 1 });
  });

  it('counts rule firings in the period beside the rules’ all-time figures', async () => {
    const f = await figuresFor(t.data, may);
    expect(f.rules.map((r) => [r.name, r.firedInRange, r.timesFired, r.leadsAffected])).toEqual([
      ['Thank customers', 2, 2, 2],
      ['Follow qualified', 0, 1, 1],
    ]);
    const june = await figuresFor(t.data, range('2025-06-01', '2025-06-01'));
    expect(june.rules.map((r) => [r.name, r.firedInRange])).toEqual([
      ['Follow qualified', 1],
      ['Thank customers', 0],
    ]);
  });

  it('filters by the period’s local days: its first and last day are whole, nothing outside counts', async () => {
    // Lead 6 was created at 00:00 on 1 May, lead 5 at 23:00 on 31 May, lead 8 at 23:00 on 30 April.
    expect((await figuresFor(t.data, range('2025-05-01', '2025-05-01'))).leads).toBe(1);
    expect((await figuresFor(t.data, range('2025-05-31', '2025-05-31'))).leads).toBe(1);
    expect((await figuresFor(t.data, range('2025-04-01', '2025-04-30'))).leads).toBe(2);
    expect((await figuresFor(t.data, range('2025-06-01', null))).leads).toBe(1);
    expect((await figuresFor(t.data, range(null, '2025-04-30'))).leads).toBe(2);
    expect((await figuresFor(t.data, all)).leads).toBe(9);
    // Dubai (UTC+4): lead 8 (23:00 UTC on 30 April) falls on 1 May there, lead 5 (23:00 UTC on 31 May) on 1 June.
    const dubai = (from: string, to: string) => {
      const resolved = resolveDayRange({ from, to }, () => 240);
      if (!resolved.ok) throw new Error(resolved.error);
      return resolved.value;
    };
    expect((await figuresFor(t.data, dubai('2025-05-01', '2025-05-31'))).leads).toBe(6);
    expect((await figuresFor(t.data, dubai('2025-05-01', '2025-05-01'))).leads).toBe(2);
    expect((await figuresFor(t.data, dubai('2025-05-31', '2025-05-31'))).leads).toBe(0);
    expect((await figuresFor(t.data, dubai('2025-06-01', '2025-06-01'))).leads).toBe(2);
    expect(resolveDayRange({ from: '2025-05-31', to: '2025-05-01' }, utc)).toEqual({ ok: false, error: 'The start of the period is after its end.' });
  });

  it('exports each chart’s figures as exact CSV', async () => {
    const tables = dashboardTables(await figuresFor(t.data, may), labels);
    expect(tableCsv(tables['leads-by-source'])).toBe('\uFEFFSource,Leads,Share (%)\r\nEvents,3,50.0\r\nWebsite,2,33.3\r\nNot recorded,1,16.7');
    expect(tableCsv(tables['stage-funnel'])).toBe(
      [
        '\uFEFFStage,At this stage,Reached,Conversion from previous stage (%),Seed 001 target,Meets target',
        'Unknown,2,6,,,',
        'Initial Contact,1,4,66.7,,',
        'Primary Leads,1,3,75.0,Lead → MQL >20%,Yes',
        'Intentional Leads,0,2,66.7,MQL → SQL >30%,Yes',
        'Confirmed Leads,1,2,100.0,SQL → Opportunity >50%,Yes',
        'Closed Customers,1,1,50.0,Opportunity → Customer >25%,Yes',
      ].join('\r\n'),
    );
    expect(tableCsv(tables['email-metrics'])).toBe(
      [
        '\uFEFFMetric,Emails,Rate (%),Rate of',
        'Drafted,5,,',
        'Approved,3,60.0,drafted',
        'Sent,3,,',
        'Opened,2,66.7,sent (seed 001 target >25%)',
        'Replied,1,33.3,sent',
        'Bounced,1,33.3,sent',
      ].join('\r\n'),
    );
    const rules = await rulesNow(t.data);
    const lastFired = new Date(rules.find((r) => r.name === 'Thank customers')?.lastFiredAt ?? 0).toISOString();
    expect(tableCsv(tables['rule-performance'])).toBe(
      [
        '\uFEFFRule,Status,Fired in period,Fired in all,Leads acted on,Last fired (UTC)',
        `Thank customers,On,2,2,2,${lastFired}`,
        `Follow qualified,On,0,1,1,${new Date(at(6, 1, 9)).toISOString()}`,
      ].join('\r\n'),
    );
    expect(lastFired).toBe(new Date(at(5, 20)).toISOString());
  });

  it('follows new events and emails after the first reading, without reading again', async () => {
    const { data, clock } = t;
    await data.dashboard.load();
    const before = data.dashboard.version;
    clock.set(at(5, 25));
    await data.recordLeadEvent('lead-000001', { type: 'email_open', at: at(5, 25) });
    await data.emails.createDraft({ leadId: 'lead-000002', kind: 'follow_up', subject: 'Late May', body: 'Hello' });
    await waitFor(() => data.dashboard.version > before);
    await waitFor(() => data.dashboard.activity(may).emailEvents.opened === 3);
    await waitFor(() => data.dashboard.activity(may).emails.filter((e) => e.createdAt >= (may.from ?? 0) && e.createdAt < (may.to ?? 0)).length === 6);
    const f = activityFigures({ ...data.dashboard.activity(may), range: may, rules: [] });
    expect(f.email).toMatchObject({ drafted: 6, opened: 3 });
    expect(leadFigures({ rows: [], range: may, stages }).leads).toBe(0);
  });
});

// RxDB opens at most 16 collections at once: the empty store opens after the fixture's is closed.
describe('dashboard with nothing in the store', () => {
  it('is ready at once with zeros everywhere', async () => {
    const empty = await openTestData({ label: 'dashboard-empty', autoRules: false });
    extra.push(empty);
    await listReady(empty.data);
    const f = await figuresFor(empty.data, all);
    expect(f.leads).toBe(0);
    expect(f.email).toMatchObject({ drafted: 0, approved: 0, sent: 0, opened: 0, replied: 0, bounced: 0, openRate: null });
    expect(f.rules.filter((r) => r.firedInRange > 0)).toEqual([]);
    expect(tableCsv(dashboardTables(f, labels)['leads-by-group'])).toBe('\uFEFFGroup,Leads,Share (%)');
  });
});
