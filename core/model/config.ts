import { z } from 'zod';
import { baseDocument, epochMs } from './base';
import { changeSet } from './changeSet';
import { countryCode } from './countryCode';
import { jsonObject } from './json';
import { engagementLevels, temperatures } from './lead';
import { leadFormFields } from './leadForm';
import { fail, succeed, type Result } from './result';
import { approvalPolicy } from '../emails/approvalPolicy';
import { conversionMapping } from '../conversion/conversionMapping';
import { dailyReviewData } from '../review/dailyReviewData';
import { duplicateDismissalData } from '../duplicates/dismissal';
import { emailTemplateLibrary } from '../emails/emailTemplates';
import { engagementSettings } from '../engagement/engagementSettings';
import { questionnaireConfigData } from '../questionnaires/questionnaireTemplate';
import { scoringModel } from '../scoring/scoringModel';
import { groupSettings } from '../settings/groupSettings';
import { qualificationSettings } from '../settings/qualificationSettings';
import { stageSettings } from '../settings/stageSettings';
import { syncConflictData } from '../sync/merge/syncConflictData';

/**
 * Settings-like documents share one collection (DESIGN.md: at most ten collections), one
 * document per kind and key, with id `${kind}:${key}`.
 */
export const configKinds = [
  'scoring-model',
  'thresholds',
  'groups',
  'stages',
  'tag-catalogue',
  'saved-view',
  'capture-session',
  'capture-draft',
  'email-template',
  'questionnaire-template',
  'attachment-library',
  'approval-policy',
  'smtp',
  'daily-review',
  'qualification-options',
  'engagement',
  'scoring-state',
  /** Lead → contact/account field mapping used by conversion (key 'default'). */
  'conversion-mapping',
  /** Conversions and merges, each applied all-or-nothing and undoable (core/model/changeSet.ts). */
  'change-journal',
  /** Pairs of leads the seller said are not duplicates. */
  'duplicate-dismissal',
  /** A document the sync merge changed against this device's edit: the Needs review list. */
  'sync-conflict',
] as const;
export type ConfigKind = (typeof configKinds)[number];

/**
 * At most 40 characters, as the stored schema allows (a longer key was accepted here and then
 * refused by the storage); the whole id `${kind}:${key}` must also fit in 64 characters.
 */
export const configKey = z
  .string()
  .min(1)
  .max(40, 'config keys have at most 40 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'config keys use letters, digits and _ . : -');

export const configId = (kind: ConfigKind, key: string): string => `${kind}:${key}`;

export const configDocument = baseDocument
  .extend({
    id: z.string().min(1).max(128),
    kind: z.enum(configKinds),
    key: configKey,
    data: jsonObject.default({}),
  })
  .refine((doc) => configId(doc.kind, doc.key).length <= 64, {
    message: 'the config key is too long: kind and key together must fit in 64 characters',
    path: ['key'],
  })
  .refine((doc) => doc.id === configId(doc.kind, doc.key), {
    message: 'a config id is its kind and key joined by ":"',
    path: ['id'],
  });
export type ConfigDocument = z.infer<typeof configDocument>;
export type ConfigDocumentInput = z.input<typeof configDocument>;

// Typed payloads for the kinds in use now; the others keep plain JSON until their engines land.

const listItem = z.string().min(1).max(100);

export const savedViewData = z.object({
  name: z.string().trim().min(1, 'give the view a name').max(100),
  columns: z.array(z.string().min(1).max(60)).max(60),
  sort: z.object({ column: z.string().min(1).max(60), direction: z.enum(['asc', 'desc']) }).nullable().default(null),
  filters: z
    .object({
      search: z.string().max(200).default(''),
      groups: z.array(listItem).max(100).default([]),
      sources: z.array(listItem).max(100).default([]),
      tags: z.array(listItem).max(200).default([]),
      countries: z.array(countryCode.refine((code) => code !== '', 'country filters need a code')).max(300).default([]),
      temperatures: z.array(z.enum(temperatures)).max(temperatures.length).default([]),
      /** 'not-assessed': leads without an engagement level yet. */
      engagementLevels: z.array(z.enum([...engagementLevels, 'not-assessed'])).max(engagementLevels.length + 1).default([]),
      /** Owner ids. */
      owners: z.array(listItem).max(100).default([]),
    })
    .default({ search: '', groups: [], sources: [], tags: [], countries: [], temperatures: [], engagementLevels: [], owners: [] }),
});
export type SavedViewData = z.infer<typeof savedViewData>;

/** A trade-show session: pre-fills event and source on every lead captured during it. */
export const captureSessionData = z.object({
  eventName: z.string().trim().min(1, 'name the event').max(200),
  eventDate: epochMs,
  sourceCategory: z.string().max(200).default('Offline Channels'),
  sourceChannel: z.string().max(200).default('Events'),
  capturedBy: z.string().max(200).default(''),
  startedAt: epochMs,
  capturedCount: z.number().int().min(0).default(0),
  endedAt: epochMs.nullable().default(null),
});
export type CaptureSessionData = z.infer<typeof captureSessionData>;

/** The capture form as typed, saved on every change so a crash loses nothing. */
export const captureDraftData = z.object({
  fields: leadFormFields,
  /** Key of the capture session the draft belongs to; '' outside a session. */
  sessionKey: z.string().max(40).default(''),
  updatedAt: epochMs,
});
export type CaptureDraftData = z.infer<typeof captureDraftData>;

export const tagCatalogueData = z.object({
  tags: z
    .array(z.string().trim().min(1).max(60))
    .max(2000)
    .refine((tags) => new Set(tags.map((tag) => tag.toLowerCase())).size === tags.length, 'each tag appears once'),
});
export type TagCatalogueData = z.infer<typeof tagCatalogueData>;

/** When the last full rescoring pass ran (decay is applied daily; a missed day runs at start-up). */
export const scoringStateData = z.object({
  lastFullPassAt: epochMs,
  /** Fingerprint of the settings that pass used; a different one means scores are stale. */
  settingsFingerprint: z.string().max(200),
  leadsScored: z.number().int().min(0),
});
export type ScoringStateData = z.infer<typeof scoringStateData>;

export const configDataSchemas = {
  'saved-view': savedViewData,
  'capture-session': captureSessionData,
  'capture-draft': captureDraftData,
  'tag-catalogue': tagCatalogueData,
  'scoring-model': scoringModel,
  groups: groupSettings,
  stages: stageSettings,
  'qualification-options': qualificationSettings,
  engagement: engagementSettings,
  'scoring-state': scoringStateData,
  /** Key 'library': the whole template library in one document; the defaults until one is saved. */
  'email-template': emailTemplateLibrary,
  /** Key 'default'. */
  'approval-policy': approvalPolicy,
  /** Key dismissalKey(a, b): a pair the seller said is not one buyer. */
  'duplicate-dismissal': duplicateDismissalData,
  /** Key: the change set's id. */
  'change-journal': changeSet,
  /** Key 'default': lead → contact/account fields (Settings → Conversion). */
  'conversion-mapping': conversionMapping,
  /** Key `<userId>:<YYYY-MM-DD>` (the seller's local day): the items the seller ticked or unticked. */
  'daily-review': dailyReviewData,
  /** Key = template id; key 'settings': the form address and the default template. */
  'questionnaire-template': questionnaireConfigData,
  /** Key syncConflictKey(collection, documentId) (renderer/data/sync/conflictStore.ts). */
  'sync-conflict': syncConflictData,
} as const;
export type TypedConfigKind = keyof typeof configDataSchemas;
export type ConfigDataOf<K extends TypedConfigKind> = z.infer<(typeof configDataSchemas)[K]>;

/** Reads the payload of a typed config kind; the error names the first problem in plain words. */
export function parseConfigData<K extends TypedConfigKind>(kind: K, data: unknown): Result<ConfigDataOf<K>> {
  const schemas: { [Kind in TypedConfigKind]: z.ZodType<ConfigDataOf<Kind>> } = configDataSchemas;
  const parsed = schemas[kind].safeParse(data);
  if (parsed.success) return succeed(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return fail(`${kind} settings are not valid (${where}${issue?.message ?? 'unknown problem'})`);
}
