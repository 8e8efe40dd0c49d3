import type { LeadEventType } from '../../../../core/model/event';
import type { CustomerStageId } from '../../../../core/reference/customerStages';
import { effectiveStages, type StageSettings } from '../../../../core/settings/stageSettings';
import { buyerEvents } from './eventLabels';

/** The stage each event advances a lead to (null: none), under these settings. */
export function stageForEvent(settings: StageSettings, event: LeadEventType): CustomerStageId | null {
  return effectiveStages(settings).find((s) => s.advancingEvents.includes(event))?.id ?? null;
}

/** The events to show in the map: the buyer events plus any other event already mapped. */
export function mappableEvents(settings: StageSettings): LeadEventType[] {
  const mapped = effectiveStages(settings).flatMap((s) => s.advancingEvents);
  return [...buyerEvents, ...mapped.filter((e) => !buyerEvents.includes(e))];
}

/**
 * Settings with `event` advancing to `stage` only (or to none). Every stage's list is written out,
 * because a stage missing from advancingEvents falls back to its default events.
 */
export function withEventStage(settings: StageSettings, event: LeadEventType, stage: CustomerStageId | null): StageSettings {
  const advancingEvents: StageSettings['advancingEvents'] = {};
  for (const st of effectiveStages(settings)) {
    const others = st.advancingEvents.filter((e) => e !== event);
    advancingEvents[st.id] = st.id === stage ? [...others, event] : others;
  }
  return { ...settings, advancingEvents };
}
