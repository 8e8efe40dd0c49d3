import { describe, expect, it } from 'vitest';
import { defaultStageSettings, effectiveStages, stageAfterEvent, stageSettings } from './stageSettings';

const stages = effectiveStages(defaultStageSettings);

describe('stageAfterEvent', () => {
  it('advances by the default event map of seed 004', () => {
    expect(stageAfterEvent('unknown', 'email_open', stages)).toBe('initial_contact');
    expect(stageAfterEvent('unknown', 'quote_request', stages)).toBe('intentional_leads');
    expect(stageAfterEvent('initial_contact', 'download', stages)).toBe('primary_leads');
  });

  it('never moves a lead backwards or sideways automatically', () => {
    expect(stageAfterEvent('intentional_leads', 'email_open', stages)).toBeNull();
    expect(stageAfterEvent('intentional_leads', 'quote_request', stages)).toBeNull();
    expect(stageAfterEvent('closed_customers', 'quote_request', stages)).toBeNull();
  });

  it('ignores events mapped to no stage and stages it does not know', () => {
    expect(stageAfterEvent('unknown', 'note_added', stages)).toBeNull();
    expect(stageAfterEvent('some_old_stage', 'quote_request', stages)).toBeNull();
  });

  it('follows a configured map and keeps renamed stages in order', () => {
    const custom = effectiveStages(
      stageSettings.parse({ names: { confirmed_leads: 'Committed' }, advancingEvents: { confirmed_leads: ['meeting'], intentional_leads: ['quote_request'] } }),
    );
    expect(custom.find((s) => s.id === 'confirmed_leads')?.name).toBe('Committed');
    expect(stageAfterEvent('primary_leads', 'meeting', custom)).toBe('confirmed_leads');
    expect(stageAfterEvent('primary_leads', 'form_submit', custom)).toBeNull();
    expect(custom.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('refuses an event mapped to two stages and duplicate names', () => {
    expect(stageSettings.safeParse({ advancingEvents: { confirmed_leads: ['email_open'] } }).success).toBe(false);
    expect(stageSettings.safeParse({ names: { unknown: 'Initial Contact' } }).success).toBe(false);
    expect(stageSettings.safeParse({ names: { nope: 'X' } }).success).toBe(false);
  });
});
