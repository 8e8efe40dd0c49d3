import { addRxPlugin, createRxDatabase } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { lead } from '../../core/model/lead';
import { DatabaseNewerThanAppError } from '../../renderer/data/errors';
import { leadMigrations } from '../../renderer/data/migrations';
import { leadSchema } from '../../renderer/data/schemas/leadSchema';
import { configSchemaV0 } from '../fixtures/configSchemaV0';
import { leadSchemaV0 } from '../fixtures/leadSchemaV0';
import { listReady, openTestData, uniqueDatabaseName, type TestData } from '../fixtures/testData';
import { validatedMemoryStorage } from '../fixtures/validatedMemoryStorage';

let opened: TestData | undefined;

afterEach(async () => {
  await opened?.data.close();
  opened = undefined;
});

/** A lead as the v0 app stored it: no lastActivityAt, customFields, conversion or source.captureSessionId. */
function v0Lead(i: number): Record<string, unknown> {
  const current = lead.parse({ id: `old-${i}`, ownerId: 'user-1', teamId: 'team-1', createdAt: 1_600_000_000_000 + i, updatedAt: 1_600_000_000_000 + i, name: `Old ${i}`, tags: ['legacy'] });
  const { lastActivityAt: _a, customFields: _c, conversion: _v, priority: _p, scoreAdjustment: _j, lastEventAt: _e, ruleRuns: _r, platformFacts: _f, ...rest } = current;
  const { captureSessionId: _s, ...source } = current.source;
  return { ...rest, source: { ...source, channel: 'Events' } };
}

describe('schema migration', () => {
  it('migrates leads stored with schema v0 to the current schema', async () => {
    const databaseName = uniqueDatabaseName('migrate');
    const old = await createRxDatabase({ name: databaseName, storage: validatedMemoryStorage(), multiInstance: false });
    const { leads: oldLeads } = await old.addCollections({ leads: { schema: leadSchemaV0 } });
    await oldLeads.bulkInsert([v0Lead(1), v0Lead(2), v0Lead(3)]);
    await (await oldLeads.findOne('old-3').exec())?.remove();
    await old.close();

    opened = await openTestData({ databaseName });
    const { data } = opened;
    for (const id of ['old-1', 'old-2']) {
      const migrated = await data.getLead(id);
      expect(migrated).not.toBeNull();
      expect(lead.parse(migrated)).toEqual(migrated);
      expect(migrated).toMatchObject({ lastActivityAt: null, customFields: {}, conversion: null, tags: ['legacy'], priority: null, scoreAdjustment: 0, lastEventAt: {}, ruleRuns: {}, platformFacts: {} });
      expect(migrated?.source).toMatchObject({ channel: 'Events', captureSessionId: '' });
    }
    expect(await data.getLead('old-3')).toBeNull();
    await listReady(data);
    expect(data.leadList.size).toBe(2);
    // Writable after the migration.
    expect((await data.updateLead('old-1', { name: 'Renamed' })).name).toBe('Renamed');
  });

  it('migrates config stored with schema v0 (kind enum) and accepts the new kinds', async () => {
    const databaseName = uniqueDatabaseName('migrate-config');
    const old = await createRxDatabase({ name: databaseName, storage: validatedMemoryStorage(), multiInstance: false });
    const { config } = await old.addCollections({ config: { schema: configSchemaV0 } });
    await config.insert({ id: 'tag-catalogue:default', kind: 'tag-catalogue', key: 'default', data: { tags: ['vip'] }, ownerId: 'user-1', teamId: 'team-1', createdAt: 1, updatedAt: 1 });
    await old.close();

    opened = await openTestData({ databaseName });
    expect(await opened.data.getConfig('tag-catalogue', 'default')).toEqual({ tags: ['vip'] });
    await opened.data.setConfig('scoring-state', 'default', { lastFullPassAt: 5, settingsFingerprint: 'x', leadsScored: 0 });
    expect(await opened.data.getConfig('scoring-state', 'default')).toEqual({ lastFullPassAt: 5, settingsFingerprint: 'x', leadsScored: 0 });
  });

  it('runs the 0→1→2 steps on a bare v0 document', async () => {
    const v1 = (await leadMigrations[1]?.(v0Lead(9), undefined as never)) as Record<string, unknown>;
    const migrated = (await leadMigrations[2]?.(v1, undefined as never)) as unknown;
    const parsed = lead.safeParse(migrated);
    expect(parsed.success).toBe(true);
    expect(migrated).toMatchObject({ priority: null, scoreAdjustment: 0, lastEventAt: {}, ruleRuns: {}, platformFacts: {} });
  });

  it('refuses a database written by a newer app version', async () => {
    const databaseName = uniqueDatabaseName('newer');
    addRxPlugin(RxDBMigrationSchemaPlugin);
    const newer = await createRxDatabase({ name: databaseName, storage: validatedMemoryStorage(), multiInstance: false });
    const { leads: newerLeads } = await newer.addCollections({ leads: { schema: { ...leadSchema, version: 3 }, migrationStrategies: { 1: (d: unknown) => d, 2: (d: unknown) => d, 3: (d: unknown) => d } } });
    await newerLeads.insert(lead.parse({ id: 'new-1', ownerId: 'u', teamId: 't', createdAt: 1, updatedAt: 1 }));
    await newer.close();

    const attempt = openTestData({ databaseName });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseNewerThanAppError);
    await expect(attempt).rejects.toThrow(/written by a newer version of Lead Center \(leads data version 3, this app knows up to 2\)/);

    // The newer data is untouched.
    const again = await createRxDatabase({ name: databaseName, storage: validatedMemoryStorage(), multiInstance: false });
    const { leads: againLeads } = await again.addCollections({ leads: { schema: { ...leadSchema, version: 3 }, migrationStrategies: { 1: (d: unknown) => d, 2: (d: unknown) => d, 3: (d: unknown) => d } } });
    expect(await againLeads.findOne('new-1').exec()).not.toBeNull();
    await again.close();
  });
});
