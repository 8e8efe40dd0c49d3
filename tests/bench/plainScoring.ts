import type { LeadEvent } from '../../core/model/event';
import type { Lead } from '../../core/model/lead';
import { findJobTitle } from '../../core/reference/jobTitles';

/**
 * The benchmark's baseline: seed 002's formula for the DEFAULT criteria table written by hand as
 * one plain function — no model, no closures, no dispatch. It shows what the data-driven engine
 * costs. Only valid for the default model; the benchmark checks it gives the same scores.
 */

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const idealIndustries = new Set(['power generation', 'renewable energy sources', 'water treatment technologies', 'oil & gas', 'manufacturing']);
const highValueSources = new Set(['get quote form', 'contact seller form', 'referrals', 'customer referrals']);
const seniorRoles = new Set(['executive', 'vice_president', 'director', 'manager']);
const r2 = (v: number) => Math.round(v * 100) / 100;
const activity = new Set(['email_open', 'email_click', 'email_reply', 'quote_request', 'page_view', 'download', 'chat', 'call', 'meeting', 'form_submit', 'questionnaire_answered']);

export function plainScore(lead: Lead, events: readonly LeadEvent[], now: number, partialIndustries: ReadonlySet<string>): number {
  const c = lead.counters;
  const q = lead.qualification;
  let s = 0;
  if (lead.name.trim()) s += 5 * 4;
  if (lead.email.trim()) s += 5 * 5;
  if (lead.phone.trim()) s += 3 * 3;
  if (lead.country) s += 2 * 3;
  if (lead.jobTitle.trim()) {
    const t = findJobTitle(lead.jobTitle);
    s += (t !== undefined && seniorRoles.has(t.seniority) ? 5 : 2) * 3;
  }
  const channel = lead.source.channel.trim().toLowerCase();
  if (channel) s += (highValueSources.has(channel) ? 3 : 1) * 2;
  if (lead.company.name.trim()) s += 3 * 3;
  const size = lead.company.size;
  if (size !== null) s += (1 + (size >= 500 ? 3 : size >= 100 ? 2 : size >= 50 ? 1 : 0)) * 3;
  const rev = lead.company.annualRevenue;
  if (rev !== null) s += (1 + (rev >= 1e8 ? 4 : rev >= 5e7 ? 3 : rev >= 1e7 ? 2 : rev >= 1e6 ? 1 : 0)) * 2;
  const industry = lead.company.industry.trim().toLowerCase();
  if (industry) s += (idealIndustries.has(industry) ? 7 : partialIndustries.has(industry) ? 5 : 2) * 4;
  s += ({ high: 10, medium: r2(2 + 16 / 3), low: r2(2 + 8 / 3), not_disclosed: 2 }[q.budget] ?? 0) * 4;
  s += (q.authority === 'decision_maker' ? 10 : 0) * 5;
  s += ({ urgent: 5, high: 4, medium: 3, low: 2, none: 1 }[q.need] ?? 0) * 3;
  s += ({ ready: 5, within_1_month: r2(1 + 16 / 5), within_3_months: r2(1 + 12 / 5), within_6_months: r2(1 + 8 / 5), over_6_months: r2(1 + 4 / 5), not_disclosed: 1 }[q.timeline] ?? 0) * 3;
  if (q.challenges.some((x) => x.trim() !== '')) s += 2 * 2;
  s += ({ perfect: 10, good: r2(20 / 3), partial: r2(10 / 3), none: 0 }[q.fit] ?? 0) * 4;
  s += (lead.engagementLevel === null ? 0 : { HOT: 10, WARM: 7, INTERESTED: 5, COLD: 2, UNRESPONSIVE: 0 }[lead.engagementLevel]) * 3;
  s += (c.pageViews >= 1 ? 2 : 0) * 2;
  s += (c.pageViews >= 6 ? 3 : c.pageViews >= 4 ? 2 : c.pageViews >= 2 ? 1 : 0) * 1;
  s += (c.emailsClicked >= 5 ? 3 : c.emailsClicked >= 3 ? 2 : c.emailsClicked >= 1 ? 1 : 0) * 1;
  const days = Math.max(0, Math.floor((now - (lead.lastInterestAt ?? lead.createdAt)) / DAY));
  s += (days >= 30 ? -10 : days >= 7 ? -5 : 0) * 2;
  const rate = (num: number) => {
    if (num === 0) return 0;
    if (c.emailsSent === 0) return 1;
    const p = Math.min(100, (num / c.emailsSent) * 100);
    return 1 + (p >= 60 ? 5 : p >= 40 ? 4 : p >= 25 ? 3 : p >= 10 ? 2 : 0);
  };
  s += rate(c.emailsOpened) * 2;
  s += rate(c.emailsReplied) * 2;
  s += (c.quoteRequests >= 1 ? 10 : 0) * 5;
  s += (c.downloads >= 1 ? 4 : 0) * 2;
  s += (c.chats >= 1 ? 2 : 0) * 3;
  s += (c.formSubmits >= 1 ? 5 : 0) * 3;
  s += (c.quoteRequests >= 2 ? 5 : 0) * 2;

  // Seed 001 behaviour, default actions.
  let earned = 0;
  let afterDecay = 0;
  let last = -1;
  let lastActivity = -1;
  let previousView = -1;
  for (const e of events) {
    if (e.at > now) continue;
    if (activity.has(e.type)) lastActivity = e.at;
    let base: number;
    let perWeek = 0;
    let bonus = 0;
    if (e.type === 'page_view') {
      const page = typeof e.data.page === 'string' ? e.data.page.trim().toLowerCase() : '';
      [base, perWeek] = page === 'pricing' ? [15, 5] : [2, 1];
      if (previousView >= 0 && e.at - previousView <= WEEK) bonus = 5;
      previousView = e.at;
    } else if (e.type === 'quote_request') base = 20;
    else if (e.type === 'download') [base, perWeek] = [10, 3];
    else if (e.type === 'form_submit') {
      const kind = typeof e.data.kind === 'string' ? e.data.kind.trim().toLowerCase() : '';
      if (kind === 'webinar') [base, perWeek] = [15, 3];
      else if (kind === 'trial') base = 25;
      else continue;
    } else if (e.type === 'email_open') [base, perWeek] = [1, 1];
    else if (e.type === 'email_click') [base, perWeek] = [3, 1];
    else continue;
    earned += base + bonus;
    afterDecay += Math.max(0, base - perWeek * Math.floor((now - e.at) / WEEK)) + bonus;
    last = e.at;
  }
  let behaviour = 0;
  if (last >= 0) {
    const points = Math.min(50, earned);
    const idle = Math.floor((now - Math.max(last, lastActivity)) / DAY);
    if (idle < 90) behaviour = r2(Math.max(Math.min(50, afterDecay) * 0.9 ** Math.floor(idle / 7), points >= 10 ? 10 : 0));
  }
  s += behaviour * 3;

  let score = (s / MAX_WEIGHTED) * 100;
  if (lead.group === 'spam' || lead.tags.some((t) => t.toLowerCase() === 'blocked')) score -= 100;
  if (lead.group === 'not_interested') score -= 50;
  if (lead.consent.unsubscribed) score -= 10;
  return Math.round(Math.min(100, Math.max(0, score)) * 10) / 10;
}

/** Σ max × weight of the default table's enabled criteria plus behaviour (50 × 3). */
export const MAX_WEIGHTED =
  5 * 4 + 5 * 5 + 3 * 3 + 5 * 3 + 5 * 3 + 3 * 2 + 3 * 3 + 4 * 3 + 5 * 2 + 7 * 4 + 10 * 4 + 10 * 5 + 5 * 3 + 5 * 3 + 5 * 2 + 10 * 4 + 10 * 3 + 5 * 2 + 3 * 1 + 3 * 1 + 6 * 2 + 6 * 2 + 10 * 5 + 4 * 2 + 5 * 3 + 5 * 3 + 5 * 2 + 50 * 3;
