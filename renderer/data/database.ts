import { addRxPlugin, createRxDatabase, getAllCollectionDocuments, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import type { Account } from '../../core/model/account';
import type { ConfigDocument } from '../../core/model/config';
import type { Contact } from '../../core/model/contact';
import type { Dispatch } from '../../core/model/dispatch';
import type { Email } from '../../core/model/email';
import type { LeadEvent } from '../../core/model/event';
import type { Lead } from '../../core/model/lead';
import type { Note } from '../../core/model/note';
import type { Reminder } from '../../core/model/reminder';
import { DatabaseNewerThanAppError } from './errors';
import { configMigrations, leadMigrations, noMigrations } from './migrations';
import { accountSchema } from './schemas/accountSchema';
import { configSchema } from './schemas/configSchema';
import { contactSchema } from './schemas/contactSchema';
import { dispatchSchema } from './schemas/dispatchSchema';
import { emailSchema } from './schemas/emailSchema';
import { eventSchema } from './schemas/eventSchema';
import { leadSchema } from './schemas/leadSchema';
import { noteSchema } from './schemas/noteSchema';
import { reminderSchema } from './schemas/reminderSchema';
import { ruleSchema } from './schemas/ruleSchema';
import { createMergeConflictHandler } from './sync/conflictHandler';
import { withPlatformBase } from './sync/platformBase';
import type { StoredRule } from './rules/storedRule';

export interface LeadCenterCollections {
  leads: RxCollection<Lead>;
  events: RxCollection<LeadEvent>;
  notes: RxCollection<Note>;
  reminders: RxCollection<Reminder>;
  config: RxCollection<ConfigDocument>;
  emails: RxCollection<Email>;
  rules: RxCollection<StoredRule>;
  contacts: RxCollection<Contact>;
  accounts: RxCollection<Account>;
  dispatches: RxCollection<Dispatch>;
}

export type LeadCenterDatabase = RxDatabase<LeadCenterCollections>;

/**
 * The collections and their schemas. At most ten collections ever (the free RxDB build delays the
 * 14th open collection of a page and refuses the 15th, counted across all databases of the page):
 * new settings-like data goes into `config`. All ten are used (emails joined in issue 4, rules in
 * issue 5, contacts, accounts and dispatches in issue 6): anything new must fit into these.
 */
export const collectionCreators = {
  leads: { schema: leadSchema, migrationStrategies: leadMigrations, conflictHandler: createMergeConflictHandler('leads') },
  events: { schema: eventSchema, migrationStrategies: noMigrations, conflictHandler: createMergeConflictHandler('events') },
  notes: { schema: noteSchema, migrationStrategies: noMigrations, conflictHandler: createMergeConflictHandler('notes') },
  reminders: { schema: reminderSchema, migrationStrategies: noMigrations, conflictHandler: createMergeConflictHandler('reminders') },
  config: { schema: configSchema, migrationStrategies: configMigrations, conflictHandler: createMergeConflictHandler('config') },
  emails: { schema: emailSchema, migrationStrategies: noMigrations, conflictHandler: createMergeConflictHandler('emails') },
  rules: { schema: ruleSchema, migrationStrategies: noMigrations, conflictHandler: createMergeConflictHandler('rules') },
  contacts: { schema: contactSchema, migrationStrategies: noMigrations, conflictHandler: createMergeConflictHandler('contacts') },
  accounts: { schema: accountSchema, migrationStrategies: noMigrations, conflictHandler: createMergeConflictHandler('accounts') },
  dispatches: { schema: dispatchSchema, migrationStrategies: noMigrations, conflictHandler: createMergeConflictHandler('dispatches') },
} as const;

export interface CreateDatabaseOptions {
  name: string;
  storage: RxStorage<unknown, unknown>;
  /** Share changes with other tabs/windows on the same database (RxDB default: true). */
  multiInstance?: boolean;
  /**
   * Which collections to open; all unless given. Tests that hold two databases in one process
   * (two replicating clients) open a few each: the free RxDB build refuses the 15th collection.
   */
  collections?: readonly CollectionName[];
}

export type CollectionName = keyof LeadCenterCollections;

/**
 * Opens the database, migrating older data (autoMigrate: addCollections resolves once every
 * collection is migrated). Refuses data written by a newer app version.
 */
export async function createLeadCenterDatabase(options: CreateDatabaseOptions): Promise<LeadCenterDatabase> {
  addRxPlugin(RxDBMigrationSchemaPlugin);
  const database = await createRxDatabase<LeadCenterCollections>({
    name: options.name,
    // A first sync's documents keep their platform state for the merge on their first local change.
    storage: withPlatformBase(options.storage),
    multiInstance: options.multiInstance ?? true,
    eventReduce: true,
  });
  try {
    await refuseNewerData(database.name, database.internalStore);
    const wanted = options.collections ? Object.fromEntries(options.collections.map((name) => [name, collectionCreators[name]])) : collectionCreators;
    await database.addCollections(wanted);
    if (database.collections.events) makeEventsImmutable(database.events);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * RxDB keeps each schema version of a collection in its own storage and registers it in the
 * database's internal store. A registration with a higher version than this code knows means a
 * newer app wrote the data; RxDB itself would silently open an empty collection.
 */
async function refuseNewerData(databaseName: string, internalStore: RxDatabase['internalStore']): Promise<void> {
  const registered = await getAllCollectionDocuments(internalStore);
  for (const doc of registered) {
    const { name, version } = doc.data;
    const creator = (collectionCreators as Record<string, { schema: { version: number } } | undefined>)[name];
    if (creator && version > creator.schema.version) {
      throw new DatabaseNewerThanAppError(
        `The local database "${databaseName}" was written by a newer version of Lead Center (${name} data version ${version}, this app knows up to ${creator.schema.version}). Update the app to open it.`,
      );
    }
  }
}

/** Events are append-only facts: a second write to one is a bug, so it fails loudly. */
function makeEventsImmutable(events: RxCollection<LeadEvent>): void {
  const refuse = (): never => {
    throw new Error('events are immutable: record a new event instead of changing or removing one');
  };
  events.preSave(refuse, false);
  events.preRemove(refuse, false);
}
