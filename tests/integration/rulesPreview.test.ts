import { fillWithDefaultSettings, getChangedDocumentsSince, type RxJsonSchema, type RxStorageInstance } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { collectionCreators } from '../../renderer/data/database';
import { RuleValidationError, type RuleDraft } from '../../renderer/data/ruleContract';
import { openTestData, type TestData } from '../fixtures/testData';

let opened: TestData | undefined;
const dumpInstances: RxStorageInstance<unknown, unknown, unknown>[] = [];

afterEach(async () => {
  await opened?.data.close();
  opened = undefined;
  for (const instance of dumpInstances.splice(0)) await instance.close();
});

const hour = 3_600_000;
const day = 24 * hour;

/**
 * Every document of every collection as the storage holds it: deleted ones too, with RxDB's
 * revision and write metadata. The memory storage shares a collection's state between instances
 * of the same database name, so a second instance reads exactly what the app's instance holds.
 */
async function dumpStore(databaseName: string): Promise<string> {
  const storage = getRxStorageMemory();
  const dump: Record<string, unknown> = {};
  for (const [collectionName, creator] of Object.entries(collectionCreators)) {
    const instance = (await storage.createStorageInstance({
      databaseInstanceToken: 'preview-dump',
      databaseName,
      collectionName,
      schema: fillWithDefaultSettings(creator.schema as RxJsonSchema<unknown>),
      options: {},
      multiInstance: false,
      devMode: false,
    })) as RxStorageInstance<unknown, unknown, unknown>;
    dumpInstances.push(instance);
    const { documents } = await getChangedDocumentsSince(instance as RxStorageInstance<{ id: string }, unknown, unknown>, 1_000_000_000);
    dump[collectionName] = documents;
  }
  return JSON.stringify(dump);
}

const welcome: RuleDraft = {
  name: 'Welcome',
  trigger: { kind: 'lead_changed', fields: [] },
  criteria: { combinator: 'all', conditions: [{ criterion: 'group', operator: 'equals', value: 'untouched' }] },
  actions: [
    { type: 'send_email', params: { templateId: 'general-follow-up', useAi: false } },
    { type: 'create_reminder', params: { kind: 'call', title: 'Call', dueInMinutes: 60, assignee: '' } },
    { type: 'move_to_group', params: { group: 'nurturing' } },
  ],
};

describe('rule preview', () => {
  it('shows what a rule would do on the leads of the last days and leaves the store byte-for-byte as it was', async () => {
    const t = (opened = await openTestData({ label: 'rules-preview', autoRules: false }));
    // A store with some of everything: rules that fired, their tasks and drafts, a deleted lead, settings.
    const active = await t.data.rules.save({
      name: 'Tag old leads',
      trigger: { kind: 'time_since', field: 'untouched', afterMs: hour },
      actions: [
        { type: 'add_tag', params: { tag: 'old' } },
        { type: 'create_reminder', params: { kind: 'follow-up', title: 'Look again', dueInMinutes: 0, assignee: '' } },
        { type: 'send_email', params: { templateId: 'general-follow-up', useAi: false } },
      ],
      enabled: true,
    });
    const old = await t.data.createLead({ name: 'Old', email: 'old@example.com' });
    await t.data.createLead({ name: 'Old two', email: 'old2@example.com' });
    await t.data.addNote(old.id, 'Met at the fair');
    await t.data.setConfig('tag-catalogue', 'default', { tags: ['old', 'vip'] });
    t.clock.advance(10 * day);
    await t.data.rules.runner.tickNow();
    const recent = await t.data.createLead({ name: 'Recent', email: 'recent@example.com' });
    const unsubscribed = await t.data.createLead({ name: 'Gone', email: 'gone@example.com', consent: { unsubscribed: true } });
    const moved = await t.data.createLead({ name: 'Moved', email: 'moved@example.com' });
    await t.data.updateLead(moved.id, { group: 'qualified' });
    const deleted = await t.data.createLead({ name: 'Deleted' });
    await t.data.deleteLeads([deleted.id]);
    t.clock.advance(hour);

    const before = await dumpStore(t.databaseName);
    const progress: number[] = [];
    const preview = await t.data.rules.preview({ rule: welcome, lastDays: 5 }, (p) => progress.push(p.done));
    const after = await dumpStore(t.databaseName);
    expect(after).toBe(before);
    expect(before).toContain('"_deleted":true');

    expect(preview.totalLeads).toBe(5);
    expect(preview.considered).toBe(3);
    expect(preview.matched).toBe(2);
    expect(preview.matches.map((m) => m.leadId).sort()).toEqual([recent.id, unsubscribed.id].sort());
    expect(preview.highlights.some((h) => h.kind === 'suppressed_email' && h.leadIds.includes(unsubscribed.id))).toBe(true);
    expect(preview.actionCounts.find((c) => c.type === 'create_reminder')?.count).toBe(2);
    expect(progress.at(-1)).toBe(5);

    // The same rule, saved and previewed again by id, is compared with the other enabled rules.
    const saved = await t.data.rules.save(welcome);
    const again = await dumpStore(t.databaseName);
    const second = await t.data.rules.preview({ rule: { ...welcome, id: saved.id }, lastDays: 3650 });
    expect(await dumpStore(t.databaseName)).toBe(again);
    expect(second.considered).toBe(5);
    expect(active.enabled).toBe(true);
    // The dump sees the app's own store: any write shows in it.
    expect(again).toContain('"name":"Old two"');
    await t.data.setConfig('tag-catalogue', 'default', { tags: ['old'] });
    expect(await dumpStore(t.databaseName)).not.toBe(again);
  });

  it('refuses a draft that cannot run, naming the problem', async () => {
    const t = (opened = await openTestData({ label: 'rules-preview-bad', autoRules: false }));
    const error = await t.data.rules.preview({ rule: { ...welcome, actions: [{ type: 'move_to_group', params: { group: 'nowhere' } }] }, lastDays: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleValidationError);
    expect((error as RuleValidationError).problems[0]?.part).toBe('actions');
  });

  it('previews a rule that has no name yet (the name is the last step of the Rule Builder)', async () => {
    const t = (opened = await openTestData({ label: 'rules-preview-unnamed', autoRules: false }));
    await t.data.createLead({ name: 'Fresh' });
    const preview = await t.data.rules.preview({ rule: { ...welcome, name: '' }, lastDays: 30 });
    expect(preview.considered).toBe(1);
    // Saving still needs the name, and says what else is wrong at the same time.
    const error = await t.data.rules.save({ ...welcome, name: '', actions: [{ type: 'move_to_group', params: { group: 'nowhere' } }] }).catch((e: unknown) => e);
    expect((error as RuleValidationError).problems.map((p) => p.part)).toEqual(['name', 'actions']);
  });
});
