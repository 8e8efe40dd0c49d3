import { describe, expect, it } from 'vitest';
import { defaultStageSettings, stageSettings } from '../../../../core/settings/stageSettings';
import { eventLabels } from './eventLabels';
import { mappableEvents, stageForEvent, withEventStage } from './stageMap';

describe('event → stage map', () => {
  it('reads the default map', () => {
    expect(stageForEvent(defaultStageSettings, 'quote_request')).toBe('intentional_leads');
    expect(stageForEvent(defaultStageSettings, 'call')).toBeNull();
  });

  it('moves an event to one stage only and keeps the other defaults', () => {
    const moved = withEventStage(defaultStageSettings, 'email_open', 'primary_leads');
    expect(stageForEvent(moved, 'email_open')).toBe('primary_leads');
    expect(moved.advancingEvents.initial_contact).toEqual(['email_sent', 'page_view']);
    expect(stageForEvent(moved, 'email_click')).toBe('primary_leads');
    expect(stageSettings.safeParse(moved).success).toBe(true);
  });

  it('unmaps an event', () => {
    const none = withEventStage(defaultStageSettings, 'quote_request', null);
    expect(stageForEvent(none, 'quote_request')).toBeNull();
    expect(stageSettings.safeParse(none).success).toBe(true);
  });

  it('lists buyer events and anything else already mapped, each once', () => {
    const withNote = withEventStage(defaultStageSettings, 'note_added', 'confirmed_leads');
    const events = mappableEvents(withNote);
    expect(events).toContain('note_added');
    expect(new Set(events).size).toBe(events.length);
    expect(mappableEvents(defaultStageSettings)).not.toContain('note_added');
  });

  it('names every event type in words', () => {
    for (const label of Object.values(eventLabels)) expect(label).not.toMatch(/_/);
  });
});
