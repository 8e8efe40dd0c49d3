import type { RxStorage } from 'rxdb';
import * as configStore from './configStore';
import { validSeller, type DataContext } from './context';
import type { LeadCenterData, Seller } from './contract';
import { createLeadCenterDatabase } from './database';
import { LeadDuplicates } from './leadDuplicates';
import { RxLeadListProjection } from './leadListProjection';
import type { LeadListSnapshotStore } from './leadListSnapshotStore';
import * as leadReads from './leadReads';
import * as leadWrites from './leadWrites';
import * as notes from './notes';
import * as reminders from './reminders';
import { firstValueFrom } from 'rxjs';
import { createLeadBrain, type LeadBrain } from '../../core/brain/leadBrain';
import { recordLeadEvent } from './leadActivity';
import { observeLeadSettings } from './leadSettingsStore';
import { createInThreadRescoreCompute, type RescoreCompute } from './rescoreCompute';
import { RescoringRunner } from './rescoring';
import { scheduleRescoring, type RescoringScheduleOptions } from './rescoringSchedule';
import { effectiveGroups, type EffectiveGroup } from '../../core/settings/groupSettings';
import { addressKey, cryptoRandomToken } from './emails/emailDeps';
import { createEmailCenter } from './emails/emailCenter';
import type { MailPort } from './emails/mailPort';
import { readTemplateLibrary } from './emails/emailSettings';
import { createRuleCenter } from './rules/ruleCenter';
import { ruleCatalogue } from './rules/ruleCatalogue';
import type { RuleNotification } from './rules/ruleEffects';
import { RuleRunner } from './rules/ruleRunner';
import { openQuestionnaireCenter } from './questionnaires/questionnaireCenter';
import { cryptoDispatchToken } from './questionnaires/dispatching';
import { installDefaultQuestionnaireRule } from './questionnaires/defaultRule';
import { questionnaireNames } from './questionnaires/templateStore';
import { recoverInterruptedChanges } from './changeJournal';
import { createConversionCenter } from './conversion/conversionCenter';
import { createDuplicateCenter } from './duplicates/duplicateCenter';
import { DuplicateQueue } from './duplicates/duplicateQueue';
import { observeDismissedPairs } from './duplicates/dismissals';
import { createDashboardCenter, type DashboardCenterOptions } from './dashboard/dashboardCenter';
import { createReviewCenter } from './review/reviewCenter';
import { startSync, type StartSyncOptions } from './sync/syncController';
import { readSettings as readQuestionnaireSettings } from './questionnaires/templateStore';
import type { PlatformPort } from './sync/platformPort';
import { followPlatformEvents } from './sync/platformEvents';
import { createSyncConflictStore } from './sync/conflictStore';

export interface OpenLeadCenterDataOptions {
  /** RxDB database name (one per seller profile). */
  databaseName: string;
  /** getRxStorageDexie() in the app; getRxStorageMemory() in Node tests. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- RxStorage's type parameters differ per storage
  storage: RxStorage<any, any>;
  seller: Seller;
  /** ms epoch; Date.now unless given. */
  clock?: () => number;
  /** New document ids; crypto.randomUUID unless given. */
  newId?: () => string;
  /**
   * Where the list snapshot is kept between runs: createIndexedDbLeadListSnapshotStore(name)
   * in the app. Without one the list is built from the database on every start.
   */
  snapshotStore?: LeadListSnapshotStore;
  /** Share changes with other windows on the same database (default true). */
  multiInstance?: boolean;
  /**
   * Where full rescoring passes compute: createWorkerRescoreCompute() in the app (a Web Worker);
   * the calling thread unless given (Node tests).
   */
  rescoreCompute?: () => RescoreCompute;
  /** Automatic full passes (start-up, daily, after settings changes); on unless false. */
  autoRescore?: boolean | RescoringScheduleOptions;
  /**
   * The host's mail channels (the DesktopApi in the app, the Node mail service in tests). Without
   * one the outbox says sending is not available here, and drafting never asks the AI drafter.
   */
  mail?: MailPort;
  /** Automatic outbox passes (at start, every 30 s, soon after an approval); on unless false. */
  autoOutbox?: boolean;
  /**
   * How long an approval can be taken back (the queue's Undo) before the outbox sends the email;
   * 0 unless given (tests), the app passes a few seconds.
   */
  approvalUndoMs?: number;
  /** Unsubscribe tokens; 128 random bits from crypto.getRandomValues unless given. */
  randomToken?: () => string;
  /**
   * The rule runner acting by itself: real-time triggers on lead changes and events, and the
   * scheduler's tick every minute and at start (a sweep of every lead at most every 15 minutes,
   * sooner for a schedule that came due or a rule switched on). On unless false (tests call
   * rules.runner.tickNow); tests may shorten the timings.
   */
  autoRules?: boolean | { tickMs?: number; sweepEveryMs?: number; debounceMs?: number };
  /** Where a rule's "notify" action goes (the OS notification in the app); the log has it anyway. */
  notify?: (notification: RuleNotification) => void;
  /** The seller's offset from UTC in minutes now (schedules are in local time); 0 unless given. */
  utcOffsetMinutes?: () => number;
  /** Questionnaire tokens; 128 random bits from crypto.getRandomValues, base64url, unless given. */
  dispatchToken?: () => string;
  /**
   * Installs the default rules on the first open (the questionnaire on a new RFQ): the app passes
   * true so a new seller has them; tests that count rules leave it off.
   */
  installDefaultRules?: boolean;
  /** Tuning of the Dashboard's reading (tests use small pages and short delays). */
  dashboard?: DashboardCenterOptions;
  /** Tuning of the list projection (tests use short delays). */
  list?: { saveDelayMs?: number; maxSaveDelayMs?: number; notifyDelayMs?: number; batchSize?: number };
  /**
   * Replication with the platform (issue 7) through the host's port; the local profile has none.
   * The rest tunes the replication (tests: short retries, no leader election).
   */
  sync?: { port: PlatformPort } & Partial<Omit<StartSyncOptions, 'db' | 'seller' | 'port' | 'clock' | 'onConflict'>>;
}

/**
 * Opens the local store: the RxDB database (migrating older data, refusing newer), the list
 * projection (loading in the background: see leadList.ready) and the operations of the
 * contract. Every write is validated against the core/model schemas first.
 */
export async function openLeadCenterData(options: OpenLeadCenterDataOptions): Promise<LeadCenterData> {
  const seller = validSeller(options.seller);
  const db = await createLeadCenterDatabase({ name: options.databaseName, storage: options.storage, multiInstance: options.multiInstance });
  performance.mark('lead-center:database-created');
  // The brain follows the settings; writes always use the latest compiled one.
  let brain: LeadBrain | null = null;
  let groups: readonly EffectiveGroup[] = [];
  const ctx: DataContext = {
    db,
    seller,
    clock: options.clock ?? (() => Date.now()),
    newId: options.newId ?? (() => crypto.randomUUID()),
    brain: () => {
      if (brain === null) throw new Error('Lead settings are not loaded yet');
      return brain;
    },
  };
  // A conversion or merge a crash left half-written is rolled back before anything reads the data.
  const recovered = await recoverInterruptedChanges(ctx);
  if (recovered > 0) console.warn(`Lead Center: rolled back ${recovered} change(s) interrupted when the app stopped`);
  const leadSettings = observeLeadSettings(ctx);
  const settingsSubscription = leadSettings.subscribe((load) => {
    brain = createLeadBrain(load.settings);
    groups = effectiveGroups(load.settings.groups);
    for (const problem of load.problems) console.warn(`Lead Center: ${problem}`);
  });
  await firstValueFrom(leadSettings);
  const rescoring = new RescoringRunner(ctx, (options.rescoreCompute ?? createInThreadRescoreCompute)());
  const autoRescore = options.autoRescore ?? true;
  const schedule = autoRescore === false ? null : scheduleRescoring(ctx, rescoring, leadSettings, autoRescore === true ? {} : autoRescore);
  // The duplicate index reads the list's rows and hears of its changes.
  const duplicates = new LeadDuplicates(
    () => leadList.rows(),
    (id) => leadList.get(id),
  );
  // The duplicates queue (issue 6) scans the same rows, in slices, when first looked at.
  const duplicateQueue = new DuplicateQueue({
    rows: () => leadList.rows(),
    row: (id) => leadList.get(id),
    listLoaded: () => listLoaded(leadList),
    dismissed: observeDismissedPairs(ctx),
    clock: ctx.clock,
  });
  const leadList = new RxLeadListProjection({
    collection: db.leads,
    storageToken: await db.storageToken,
    clock: ctx.clock,
    snapshotStore: options.snapshotStore,
    ...options.list,
    onRowsChanged: (upserts, removed, replacedAll) => {
      duplicates.rowsChanged(upserts, removed, replacedAll);
      duplicateQueue.rowsChanged(upserts, removed, replacedAll);
    },
  });

  const emails = createEmailCenter(
    {
      ctx,
      mail: options.mail ?? null,
      randomToken: options.randomToken ?? cryptoRandomToken,
      groups: () => groups,
      // Connected to the platform: sent emails carry links and a pixel that report to its public
      // address (the one questionnaire links use); a local profile's emails are not tracked.
      ...(options.sync ? { trackingBaseUrl: async () => (await readQuestionnaireSettings(ctx)).platformBaseUrl } : {}),
      // Which leads share an address comes from the list projection (leads have no email index);
      // the leads themselves are read afresh from the database before each send.
      leadIdsByAddress: async () => {
        await listLoaded(leadList);
        const byAddress = new Map<string, string[]>();
        for (const row of leadList.rows()) {
          if (row.email === '') continue;
          const key = addressKey(row.email);
          const ids = byAddress.get(key);
          if (ids) ids.push(row.id);
          else byAddress.set(key, [row.id]);
        }
        return byAddress;
      },
    },
    { auto: options.autoOutbox ?? true, approvalUndoMs: options.approvalUndoMs ?? 0 },
  );

  // Questionnaires: templates (the seed's default installed once) and the answer handling, running.
  const questionnaires = await openQuestionnaireCenter({ ctx, emails, groups: () => groups, randomToken: options.dispatchToken ?? cryptoDispatchToken });
  const ruleRunner = new RuleRunner(
    {
      ctx,
      emails,
      questionnaires,
      groups: () => groups,
      templateLibrary: () => readTemplateLibrary(ctx),
      notify: options.notify ?? (() => undefined),
      notified: new Set(),
    },
    async () => ruleCatalogue(ctx.brain().settings, await readTemplateLibrary(ctx), seller, await questionnaireNames(ctx)),
    {
      auto: options.autoRules !== false,
      ...(typeof options.autoRules === 'object' ? options.autoRules : {}),
      utcOffsetMinutes: options.utcOffsetMinutes ?? (() => 0),
    },
  );
  ruleRunner.start();
  const rules = createRuleCenter({ ctx, settings: () => ctx.brain().settings, settings$: leadSettings, runner: ruleRunner });
  if (options.installDefaultRules === true) await installDefaultQuestionnaireRule(ctx, rules);
  const duplicateCenter = createDuplicateCenter(ctx, duplicateQueue);
  // Dashboard: reads nothing until the page first asks (dashboard.load()).
  const dashboard = createDashboardCenter(ctx, options.dashboard);
  const review = createReviewCenter({ ctx, leadList, emails, rules, utcOffsetMinutes: options.utcOffsetMinutes ?? (() => 0) });
  // Replication last: everything that reacts to replicated changes (rules, list, answers) listens already.
  const platformEvents = options.sync ? followPlatformEvents(ctx) : null;
  // One Needs review store: the page reads it, the replication's merges add to it.
  const syncConflicts = createSyncConflictStore(ctx);
  const sync = options.sync ? startSync({ ...options.sync, db, seller, clock: ctx.clock, onConflict: (report) => syncConflicts.record(report) }) : null;

  return {
    seller,
    leadList,
    createLead: (input) => leadWrites.createLead(ctx, input),
    updateLead: (id, patch) => leadWrites.updateLead(ctx, id, patch),
    getLead: (id) => leadReads.getLead(ctx, id),
    observeLead: (id) => leadReads.observeLead(ctx, id),
    findPossibleDuplicates: (candidate) => duplicates.find(candidate),
    moveLeadsToGroup: (ids, group, onProgress) => leadWrites.moveLeadsToGroup(ctx, ids, group, onProgress),
    addTagToLeads: (ids, tag, onProgress) => leadWrites.addTagToLeads(ctx, ids, tag, onProgress),
    removeTagFromLeads: (ids, tag, onProgress) => leadWrites.removeTagFromLeads(ctx, ids, tag, onProgress),
    deleteLeads: (ids, onProgress) => leadWrites.deleteLeads(ctx, ids, onProgress),
    restoreLeads: (deleted) => leadWrites.restoreLeads(ctx, deleted),
    insertLeads: (leads, onProgress) => leadWrites.insertLeads(ctx, leads, onProgress),
    observeEvents: (leadId) => leadReads.observeEvents(ctx, leadId),
    recordLeadEvent: (leadId, input) => recordLeadEvent(ctx, leadId, input),
    observeLeadSettings: () => leadSettings,
    rescoring,
    emails,
    rules,
    questionnaires,
    conversion: createConversionCenter(ctx),
    duplicates: duplicateCenter,
    dashboard,
    review,
    syncConflicts,
    sync,
    observeNotes: (leadId) => notes.observeNotes(ctx, leadId),
    addNote: (leadId, body) => notes.addNote(ctx, leadId, body),
    editNote: (id, body) => notes.editNote(ctx, id, body),
    deleteNote: (id) => notes.deleteNote(ctx, id),
    observeReminders: (leadId) => reminders.observeReminders(ctx, leadId),
    observeDueReminders: (until) => reminders.observeDueReminders(ctx, until),
    addReminder: (leadId, input) => reminders.addReminder(ctx, leadId, input),
    setReminderDone: (id, done) => reminders.setReminderDone(ctx, id, done),
    markReminderNotified: (id) => reminders.markReminderNotified(ctx, id),
    deleteReminder: (id) => reminders.deleteReminder(ctx, id),
    getConfig: (kind, key) => configStore.getConfig(ctx, kind, key),
    setConfig: (kind, key, data) => configStore.setConfig(ctx, kind, key, data),
    deleteConfig: (kind, key) => configStore.deleteConfig(ctx, kind, key),
    observeConfigKind: (kind) => configStore.observeConfigKind(ctx, kind),
    close: async () => {
      await sync?.stop();
      platformEvents?.stop();
      dashboard.close();
      review.close();
      await ruleRunner.close();
      await questionnaires.close();
      await emails.close();
      schedule?.stop();
      await rescoring.close();
      settingsSubscription.unsubscribe();
      duplicates.stop();
      duplicateQueue.close();
      await leadList.close();
      await db.close();
    },
  };
}

function listLoaded(list: RxLeadListProjection): Promise<void> {
  if (list.ready) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = list.subscribe(() => {
      if (list.ready) {
        stop();
        resolve();
      }
    });
  });
}
