import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assessEngagement } from '../../core/engagement';
import { engagementLevels, type Lead } from '../../core/model/lead';
import { leadEventTypes } from '../../core/model/event';
import { customerStageIds } from '../../core/reference/customerStages';
import { dayAt, makeEvent, makeLead, rawEvent } from './engagement.fixtures';

/**
 * Runs the hand-computed engagement table (engagement.cases.json) through assessEngagement with
 * the default settings. Days are relative to the fixtures' origin; now is day 100 by default.
 */

const counterName = z.enum(['emailsSent', 'emailsOpened', 'emailsClicked', 'emailsReplied', 'quoteRequests', 'pageViews', 'downloads', 'chats', 'calls', 'meetings', 'formSubmits']);
const eventValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const conformanceCase = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  nowDay: z.number().default(100),
  lead: z.strictObject({
    stage: z.enum(customerStageIds).optional(),
    createdDay: z.number().min(0).default(0),
    lastInterestDay: z.number().min(0).optional(),
    counters: z.partialRecord(counterName, z.number().int().min(0)).optional(),
  }),
  /** Counters written after validation, to feed the engine values the schema would refuse. */
  brokenCounters: z.partialRecord(counterName, z.number()).optional(),
  events: z.array(
    z.strictObject({
      type: z.enum(leadEventTypes),
      day: z.number(),
      data: z.record(z.string(), eventValue).optional(),
      leadId: z.string().min(1).optional(),
      badTime: z.enum(['nan', 'negative']).optional(),
    }),
  ),
  expected: z.strictObject({
    level: z.enum(engagementLevels).nullable(),
    urgency: z.union([z.number().int().min(0).max(10), z.strictObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(0).max(10) })]),
    nextFollowUpDay: z.number().nullable(),
    followUp: z.strictObject({ step: z.number().int().min(1), action: z.enum(['follow_up', 'archive', 're_engage']), dueDay: z.number().nullable() }),
    suggestedStage: z.number().int().min(1).max(6).nullable(),
    buyingIntent: z.enum(['high', 'medium', 'low', 'none']),
  }),
  why: z.string().min(1),
});

// Read as text and validated here, so the JSON's types come from the schema, not from inference.
const rawCases: unknown = JSON.parse(readFileSync(new URL('./engagement.cases.json', import.meta.url), 'utf8'));
const table = z.strictObject({ about: z.string(), cases: z.array(conformanceCase).min(15) }).parse(rawCases);

function buildLead(c: z.infer<typeof conformanceCase>): Lead {
  const lead = makeLead({
    id: 'lead-1',
    stage: c.lead.stage,
    createdAt: dayAt(c.lead.createdDay),
    lastInterestAt: c.lead.lastInterestDay === undefined ? null : dayAt(c.lead.lastInterestDay),
    counters: c.lead.counters,
  });
  return c.brokenCounters === undefined ? lead : { ...lead, counters: { ...lead.counters, ...c.brokenCounters } };
}

describe('engagement conformance table', () => {
  it('covers every level, the silence boundaries and the stage guard', () => {
    const ids = table.cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const levels = new Set(table.cases.map((c) => c.expected.level));
    for (const level of [...engagementLevels, null]) expect(levels.has(level), String(level)).toBe(true);
    expect(table.cases.some((c) => c.id.startsWith('backwards-') && c.expected.suggestedStage === null)).toBe(true);
  });

  for (const c of table.cases) {
    it(`${c.id}`, () => {
      const events = c.events.map((e) =>
        e.badTime === undefined ? makeEvent(e.type, e.day, e.data ?? {}, e.leadId ?? 'lead-1') : rawEvent(e.type, e.badTime === 'nan' ? Number.NaN : -dayAt(1), e.leadId ?? 'lead-1'),
      );
      const a = assessEngagement(buildLead(c), events, dayAt(c.nowDay));
      const { expected } = c;
      expect(a.level, c.why).toBe(expected.level);
      if (typeof expected.urgency === 'number') expect(a.urgency, c.why).toBe(expected.urgency);
      else {
        expect(a.urgency, c.why).toBeGreaterThanOrEqual(expected.urgency.min);
        expect(a.urgency, c.why).toBeLessThanOrEqual(expected.urgency.max);
      }
      expect(a.nextFollowUpAt, c.why).toBe(expected.nextFollowUpDay === null ? null : dayAt(expected.nextFollowUpDay));
      expect({ step: a.followUp.step, action: a.followUp.action, dueAt: a.followUp.dueAt }, c.why).toEqual({
        step: expected.followUp.step,
        action: expected.followUp.action,
        dueAt: expected.followUp.dueDay === null ? null : dayAt(expected.followUp.dueDay),
      });
      expect(a.suggestedStage?.pipelineStage ?? null, c.why).toBe(expected.suggestedStage);
      expect(a.buyingIntent, c.why).toBe(expected.buyingIntent);
    });
  }
});
