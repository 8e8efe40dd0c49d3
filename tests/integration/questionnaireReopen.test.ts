import { afterEach, describe, expect, it } from 'vitest';
import { createLeadBrain } from '../../core/brain/leadBrain';
import { effectiveGroups } from '../../core/settings/groupSettings';
import { defaultLeadSettings } from '../../core/settings/leadSettings';
import type { DataContext } from '../../renderer/data/context';
import { createLeadCenterDatabase, type LeadCenterDatabase } from '../../renderer/data/database';
import { createEmailCenter } from '../../renderer/data/emails/emailCenter';
import { NotFoundError } from '../../renderer/data/errors';
import { getLead } from '../../renderer/data/leadReads';
import { createLead } from '../../renderer/data/leadWrites';
import { queryStorage } from '../../renderer/data/queryStorage';
import { openQuestionnaireCenter, type OpenQuestionnaireCenter } from '../../renderer/data/questionnaires/questionnaireCenter';
import { seller, testClock, testIds, uniqueDatabaseName } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

/** "Let the buyer answer again" (issue 7): a processed dispatch waits for answers once more. */

let db: LeadCenterDatabase | undefined;
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await db?.close();
  db = undefined;
});

async function setUp(): Promise<{ ctx: DataContext; center: OpenQuestionnaireCenter }> {
  db = await createLeadCenterDatabase({ name: uniqueDatabaseName('questionnaire-reopen'), storage: validatedMemoryStorage(), multiInstance: false });
  const clock = testClock();
  const brain = createLeadBrain(defaultLeadSettings);
  const ctx: DataContext = { db, seller, clock: clock.now, newId: testIds(), brain: () => brain };
  const groups = effectiveGroups(defaultLeadSettings.groups);
  let token = 0;
  const emails = createEmailCenter(
    { ctx, mail: null, randomToken: () => (token++).toString(16).padStart(32, '0'), groups: () => groups, leadIdsByAddress: async () => new Map() },
    { auto: false, approvalUndoMs: 0 },
  );
  let dispatchToken = 0;
  const center = await openQuestionnaireCenter({ ctx, emails, groups: () => groups, randomToken: () => `token-${(dispatchToken++).toString().padStart(16, '0')}` });
  closers.push(() => center.close(), () => emails.close());
  return { ctx, center };
}

describe('reopening a questionnaire', () => {
  it('clears answeredAt, processedAt and the problems, keeps the answers, and takes a second round', async () => {
    const { ctx, center } = await setUp();
    const lead = await createLead(ctx, { name: 'Amira', email: 'amira@gulfpower.ae' });
    const sent = await center.send(lead.id);
    await center.receiveAnswers(sent.dispatch.token, { product: 'Valves', quantity: 12, unasked: 'x' });
    await center.processAnswered();
    const [processed] = await queryStorage(ctx.db.dispatches, { selector: { id: sent.dispatch.id } });
    expect(processed?.processedAt).not.toBeNull();
    expect(processed?.problems).toContainEqual({ questionId: 'unasked', reason: 'not a question of this questionnaire' });

    const reopened = await center.reopen(sent.dispatch.id);
    expect(reopened).toMatchObject({ answeredAt: null, processedAt: null, problems: [], answers: { product: 'Valves', quantity: 12, unasked: 'x' }, token: sent.dispatch.token });
    // Nothing to handle until the buyer answers again.
    expect(await center.processAnswered()).toBe(0);

    await center.receiveAnswers(sent.dispatch.token, { product: 'Pumps', quantity: 40 });
    await center.processAnswered();
    const [again] = await queryStorage(ctx.db.dispatches, { selector: { id: sent.dispatch.id } });
    expect(again?.processedAt).not.toBeNull();
    // This round's problems only: the first round's stray answer is gone.
    expect(again?.problems.some((p) => p.questionId === 'unasked')).toBe(false);
    expect((await getLead(ctx, lead.id))?.customFields).toMatchObject({ quote_product: 'Pumps', quote_quantity: 40 });
    const answeredEvents = (await queryStorage(ctx.db.events, { selector: { leadId: lead.id } })).filter((e) => e.type === 'questionnaire_answered');
    expect(answeredEvents).toHaveLength(2);
  });

  it('leaves a dispatch that is still waiting as it is, and refuses an unknown one', async () => {
    const { ctx, center } = await setUp();
    const lead = await createLead(ctx, { name: 'Omar', email: 'omar@example.com' });
    const sent = await center.send(lead.id);
    const [before] = await queryStorage(ctx.db.dispatches, { selector: { id: sent.dispatch.id } });
    const same = await center.reopen(sent.dispatch.id);
    expect(same.updatedAt).toBe(before?.updatedAt);
    expect(same.answeredAt).toBeNull();
    await expect(center.reopen('no-such-dispatch')).rejects.toBeInstanceOf(NotFoundError);
  });
});
