import { describe, expect, it } from 'vitest';
import { assessEngagement } from '../engagement/assessEngagement';
import type { LeadEvent } from '../model/event';
import type { Lead, LeadInput } from '../model/lead';
import { dayAt, makeEvent, makeLead, NOW, rawEvent } from '../../tests/conformance/engagement.fixtures';
import { defaultEmailTemplateLibrary, emailTemplateLibrary } from './emailTemplates';
import { analyseLead } from './leadAnalysis';

/** A lead as the lead brain stores it: level and urgency derived from its events. */
function stored(events: LeadEvent[], input: Partial<LeadInput> = {}): Lead {
  const lead = makeLead(input);
  const a = assessEngagement(lead, events, NOW);
  return { ...lead, engagementLevel: a.level, urgency: a.urgency };
}

const analyse = (events: LeadEvent[], input: Partial<LeadInput> = {}) => analyseLead(stored(events, input), events, NOW);

describe('analyseLead', () => {
  it('HOT after a quote request and a sample request: high intent, quotation template, call today with the specifics', () => {
    const events = [makeEvent('email_sent', 90), makeEvent('email_reply', 95, { subject: 'Re: purity levels and MOQ' }), makeEvent('quote_request', 99, { product: 'HV switchgear' }), makeEvent('quote_request', 99.5, { kind: 'sample' })];
    const a = analyse(events, { stage: 'initial_contact' });
    expect(a.engagementLevel).toBe('HOT');
    expect(a.urgency).toBeGreaterThanOrEqual(8);
    expect(a.buyingIntent).toBe('high');
    expect(a.intentReasons).toEqual(expect.arrayContaining(['Requested a quote yesterday', 'Requested a sample today', 'Replied to an email 5 days ago']));
    expect(a.recommendedTemplateId).toBe('hot-quotation');
    expect(a.recommendedMessageType).toBe('Personalized Quotation + Sample Offer');
    expect(a.nextBestAction).toMatch(/^Call them today and send a detailed quotation; they asked for a sample: offer it with expedited testing; move the lead to stage 5 \(Negotiation\)/);
    expect(a.painPoints).toEqual(['Asked for a quote HV switchgear (yesterday)', 'Replied about Re: purity levels and MOQ (5 days ago)']);
  });

  it('WARM after clicks and a reply: medium intent, value-add template', () => {
    const a = analyse([makeEvent('email_sent', 80), makeEvent('email_click', 95), makeEvent('email_reply', 96)]);
    expect(a).toMatchObject({ engagementLevel: 'WARM', buyingIntent: 'medium', recommendedTemplateId: 'warm-value', recommendedMessageType: 'Educational + Value-Add Content' });
    expect(a.nextBestAction.startsWith('Send more value (a case study or whitepaper) and offer a free consultation call')).toBe(true);
  });

  it('INTERESTED after opens only: low intent, social-proof template', () => {
    const a = analyse([makeEvent('email_sent', 95), makeEvent('email_open', 97)]);
    expect(a).toMatchObject({ engagementLevel: 'INTERESTED', buyingIntent: 'low', recommendedTemplateId: 'interested-social-proof' });
    expect(a.intentReasons[0]).toBe('Opened an email 3 days ago');
  });

  it('COLD after a silent week: no intent, the "Should I close your file?" email', () => {
    const a = analyse([makeEvent('email_sent', 90)]);
    expect(a).toMatchObject({ engagementLevel: 'COLD', buyingIntent: 'none', recommendedTemplateId: 'cold-close-file', recommendedMessageType: 'Last Attempt / Re-engagement' });
    expect(a.nextBestAction).toContain('Should I close your file?');
    expect(a.intentReasons).toContain('No response for 10 days');
  });

  it('UNRESPONSIVE after three unanswered emails: pause, and re-engage after 90 days', () => {
    const recent = analyse([makeEvent('email_sent', 70), makeEvent('email_sent', 78), makeEvent('email_sent', 85)]);
    expect(recent).toMatchObject({ engagementLevel: 'UNRESPONSIVE', urgency: 0, recommendedTemplateId: 'unresponsive-fresh-start' });
    expect(recent.nextBestAction.startsWith('Pause emails')).toBe(true);
    expect(recent.nextBestAction).not.toContain('re-engage now');
    const old = analyse([makeEvent('email_sent', 0), makeEvent('email_sent', 2), makeEvent('email_sent', 5)]);
    expect(old.nextBestAction).toContain('the 90 days are over: re-engage now with a fresh angle');
  });

  it('a new lead with no contact: first contact, general follow-up', () => {
    const a = analyseLead(makeLead({ createdAt: dayAt(99.5) }), [], NOW);
    expect(a).toMatchObject({ engagementLevel: null, urgency: 0, buyingIntent: 'none', recommendedTemplateId: 'general-follow-up', recommendedMessageType: 'Follow-up' });
    expect(a.nextBestAction.startsWith('Make first contact')).toBe(true);
    expect(a.intentReasons).toEqual(['No contact yet; the lead arrived today']);
  });

  it('collects pain points from the qualification, recent questions and the industry, each once', () => {
    const events = [
      makeEvent('chat', 98, { topic: 'corrosion in  brine\nlines' }),
      makeEvent('chat', 97, { topic: 'Corrosion in brine lines' }),
      makeEvent('email_open', 99, { subject: 'Our newsletter' }),
      makeEvent('chat', 5, { topic: 'old question' }),
    ];
    const a = analyse(events, { company: { industry: 'desalination' }, qualification: { need: 'RO membranes', timeline: 'Q2', challenges: ['Fouling', ' fouling ', ''] } });
    expect(a.painPoints).toEqual([
      'Fouling',
      'Needs RO membranes',
      'Timeline: Q2',
      'Chatted about corrosion in brine lines (2 days ago)',
      'Chatted about Corrosion in brine lines (3 days ago)',
      'Typical in Desalination: water quality compliance, running costs and corrosion resistance',
    ]);
  });

  it('keeps pain points short and few', () => {
    const a = analyse([], { qualification: { challenges: Array.from({ length: 20 }, (_, i) => `challenge ${i} ${'x'.repeat(180)}`) } });
    expect(a.painPoints).toHaveLength(8);
    const long = analyse([], { qualification: { need: 'n'.repeat(200) } });
    expect(long.painPoints[0]).toHaveLength(200);
    expect(long.painPoints[0]?.endsWith('n…')).toBe(true);
  });

  it('says not to email an unsubscribed or bounced lead', () => {
    expect(analyse([makeEvent('email_sent', 90)], { consent: { unsubscribed: true } }).nextBestAction).toBe('Do not email them: they unsubscribed. Call them if there is a reason to.');
    expect(analyse([makeEvent('email_sent', 90)], { consent: { bounced: true } }).nextBestAction).toMatch(/^Their email address bounced/);
  });

  it('recommends from the seller’s own library, falling back to the built-ins when it has nothing', () => {
    const own = emailTemplateLibrary.parse({ templates: [{ id: 'my-cold', name: 'My cold email', level: 'COLD', kind: 'follow_up', emailType: 'Break-up', subject: 'S', body: 'B' }, ...defaultEmailTemplateLibrary.templates] });
    const lead = stored([makeEvent('email_sent', 90)]);
    expect(analyseLead(lead, [makeEvent('email_sent', 90)], NOW, { library: own })).toMatchObject({ recommendedTemplateId: 'my-cold', recommendedMessageType: 'Break-up' });
    expect(analyseLead(lead, [], NOW, { library: { templates: [] } }).recommendedTemplateId).toBe('cold-close-file');
  });

  it('uses the stored level and urgency and tolerates bad input', () => {
    const lead = { ...makeLead(), engagementLevel: 'WARM' as const, urgency: 42 };
    expect(analyseLead(lead, [], NOW)).toMatchObject({ engagementLevel: 'WARM', urgency: 10 });
    expect(analyseLead({ ...makeLead(), engagementLevel: 'LUKEWARM' as never, urgency: Number.NaN }, [], NOW)).toMatchObject({ engagementLevel: null, urgency: 0 });
    expect(analyseLead(makeLead(), null as unknown as LeadEvent[], NOW).buyingIntent).toBe('none');
    expect(analyseLead(makeLead(), [rawEvent('quote_request', Number.NaN), makeEvent('quote_request', 99, {}, 'other-lead')], NOW).buyingIntent).toBe('none');
    const broken = analyseLead(null as unknown as Lead, [], NOW);
    expect(broken).toMatchObject({ engagementLevel: null, painPoints: [], nextBestAction: 'Open the lead to see what to do next.' });
    expect(analyseLead(makeLead(), [], Number.NaN).painPoints).toEqual([]);
  });

  it('is deterministic', () => {
    const events = [makeEvent('email_sent', 90), makeEvent('quote_request', 99, { product: 'transformers' })];
    expect(analyse(events)).toEqual(analyse(events));
  });
});
