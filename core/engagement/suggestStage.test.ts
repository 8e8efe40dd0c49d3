import { describe, expect, it } from 'vitest';
import type { LeadEvent } from '../model/event';
import { makeEvent, makeLead, NOW } from '../../tests/conformance/engagement.fixtures';
import { defaultEngagementSettings as settings, type EngagementLevel } from './engagementSettings';
import { readSignals } from './readSignals';
import { suggestStage } from './suggestStage';

const suggest = (level: EngagementLevel | null, events: LeadEvent[], stage: unknown = 'unknown') => suggestStage(level, readSignals(makeLead(), events, NOW), stage, NOW, settings);

describe('suggestStage (seed 000 transitions)', () => {
  it('suggests each transition with its nearest customer stage', () => {
    expect(suggest('INTERESTED', [makeEvent('email_reply', 99)])).toMatchObject({ pipelineStage: 2, pipelineStageName: 'Initial Contact', customerStage: 'primary_leads' });
    expect(suggest('WARM', [makeEvent('download', 99, { kind: 'specs' })])).toMatchObject({ pipelineStage: 3, customerStage: 'intentional_leads' });
    expect(suggest('WARM', [makeEvent('quote_request', 99, { kind: 'sample' })])).toMatchObject({ pipelineStage: 4, customerStage: 'intentional_leads' });
    expect(suggest('HOT', [makeEvent('quote_request', 99)])).toMatchObject({ pipelineStage: 5, pipelineStageName: 'Negotiation', customerStage: 'confirmed_leads' });
    expect(suggest('HOT', [makeEvent('meeting', 99, { outcome: 'terms_agreed' })])?.reason).toBe('HOT lead that agreed terms: move to stage 6 (Contract)');
  });

  it('needs the level named (or better)', () => {
    expect(suggest('WARM', [makeEvent('quote_request', 99)])).toBeNull();
    expect(suggest('COLD', [makeEvent('email_reply', 99)])).toBeNull();
    expect(suggest('HOT', [makeEvent('download', 99, { kind: 'datasheet' })])?.pipelineStage).toBe(3);
    expect(suggest(null, [makeEvent('quote_request', 99)])).toBeNull();
  });

  it('takes the furthest stage when several match', () => {
    expect(suggest('HOT', [makeEvent('email_reply', 99), makeEvent('quote_request', 99, { kind: 'sample' }), makeEvent('quote_request', 98)])?.pipelineStage).toBe(5);
  });

  it('never suggests going backwards or sideways', () => {
    expect(suggest('HOT', [makeEvent('quote_request', 99)], 'confirmed_leads')).toBeNull();
    expect(suggest('HOT', [makeEvent('quote_request', 99)], 'closed_customers')).toBeNull();
    expect(suggest('WARM', [makeEvent('quote_request', 99, { kind: 'sample' })], 'intentional_leads')).toBeNull();
    expect(suggest('HOT', [makeEvent('quote_request', 99)], 'intentional_leads')?.customerStage).toBe('confirmed_leads');
  });

  it('ignores signals older than the engaged window and stages it cannot compare', () => {
    expect(suggest('WARM', [makeEvent('download', 70, { kind: 'specs' })])).toBeNull();
    expect(suggest('WARM', [makeEvent('download', 71, { kind: 'specs' })])?.pipelineStage).toBe(3);
    expect(suggest('HOT', [makeEvent('quote_request', 99)], 'my_own_stage')).toBeNull();
    expect(suggest('HOT', [makeEvent('quote_request', 99)], 42)).toBeNull();
  });
});
