import { z } from 'zod';
import { leadEventTypes, type LeadEventType } from '../model/event';
import { customerStageIds, customerStages, type CustomerStageDefinition, type CustomerStageId } from '../reference/customerStages';

/**
 * Seed 004's customer stages with the seller's names and event → stage map. The stages and their
 * order are fixed (reports and rules compare them); names and advancing events are editable.
 */

const stageName = z.string().trim().min(1, 'give the stage a name').max(60);
const stageId = z.enum(customerStageIds);

export const stageSettings = z
  .object({
    names: z.partialRecord(stageId, stageName).default({}),
    /** Which events move a lead to which stage; a stage missing here keeps its default events. */
    advancingEvents: z.partialRecord(stageId, z.array(z.enum(leadEventTypes)).max(leadEventTypes.length)).default({}),
  })
  .refine(
    (s) => {
      const names = customerStages.map((st) => (s.names[st.id] ?? st.name).toLowerCase());
      return new Set(names).size === names.length;
    },
    { message: 'two stages have the same name', path: ['names'] },
  )
  .refine(
    (s) => {
      const seen = new Set<string>();
      for (const st of customerStages) {
        for (const type of s.advancingEvents[st.id] ?? st.advancingEvents) {
          if (seen.has(type)) return false;
          seen.add(type);
        }
      }
      return true;
    },
    { message: 'an event can advance a lead to one stage only', path: ['advancingEvents'] },
  );
export type StageSettings = z.infer<typeof stageSettings>;

export const defaultStageSettings: StageSettings = { names: {}, advancingEvents: {} };

export type EffectiveStage = CustomerStageDefinition;

export function effectiveStages(settings: StageSettings): EffectiveStage[] {
  return [...customerStages]
    .sort((a, b) => a.order - b.order)
    .map((st) => ({ ...st, name: settings.names[st.id] ?? st.name, advancingEvents: settings.advancingEvents[st.id] ?? st.advancingEvents }));
}

/**
 * The stage an event moves a lead to, or null when it does not move it. Automatic moves only go
 * forward: an event mapped to an earlier (or the same) stage leaves the lead where it is, and a
 * lead in a stage this app does not know is never moved automatically.
 */
export function stageAfterEvent(currentStage: string, eventType: LeadEventType, stages: readonly EffectiveStage[]): CustomerStageId | null {
  const current = stages.find((s) => s.id === currentStage);
  if (current === undefined) return null;
  const target = stages.find((s) => s.advancingEvents.includes(eventType));
  if (target === undefined || target.order <= current.order) return null;
  return target.id;
}
