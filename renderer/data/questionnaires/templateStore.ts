import { firstValueFrom, map, type Observable } from 'rxjs';
import { configDocument, configId } from '../../../core/model/config';
import { defaultQuestionnaire, defaultTemplateId } from '../../../core/questionnaires/defaultQuestionnaire';
import {
  defaultQuestionnaireSettings,
  questionnaireSettings,
  questionnaireTemplate,
  settingsKey,
  type QuestionnaireSettings,
  type QuestionnaireTemplate,
  type QuestionnaireTemplateInput,
} from '../../../core/questionnaires/questionnaireTemplate';
import { deleteConfig, getConfig, observeConfigKind, setConfig } from '../configStore';
import type { DataContext } from '../context';
import { InvalidDataError } from '../errors';
import type { StoredQuestionnaire } from '../questionnaireContract';
import { insertRow, writeRows } from '../storedDocuments';
import { parseOrThrow } from '../validate';

/**
 * Questionnaire templates: config kind 'questionnaire-template', one document per template (key =
 * template id) and one settings document (key 'settings'). Kept whole: a handful of documents.
 */

const kind = 'questionnaire-template';

/** Ids are config keys: letters, digits, _ and -. */
const templateIdPattern = /^[A-Za-z0-9_-]{1,40}$/;

export function observeTemplates(ctx: DataContext): Observable<StoredQuestionnaire[]> {
  return ctx.db.config.find({ selector: { kind } }).$.pipe(
    map((docs) =>
      docs
        .flatMap((doc): StoredQuestionnaire[] => {
          const stored = configDocument.safeParse(doc.toJSON());
          if (!stored.success || stored.data.key === settingsKey) return [];
          const template = questionnaireTemplate.safeParse(stored.data.data);
          if (!template.success) {
            console.warn(`Lead Center: skipped an unreadable questionnaire (${stored.data.key})`);
            return [];
          }
          return [{ id: stored.data.key, template: template.data, updatedAt: stored.data.updatedAt }];
        })
        .sort((a, b) => a.template.name.localeCompare(b.template.name) || (a.id < b.id ? -1 : 1)),
    ),
  );
}

/** The questionnaires a rule may send, by id and name. */
export async function questionnaireNames(ctx: DataContext): Promise<{ id: string; name: string }[]> {
  const stored = await firstValueFrom(observeTemplates(ctx));
  return stored.map(({ id, template }) => ({ id, name: template.name }));
}

export async function getTemplate(ctx: DataContext, id: string): Promise<QuestionnaireTemplate | null> {
  if (id === settingsKey || !templateIdPattern.test(id)) return null;
  const data = await getConfig<unknown>(ctx, kind, id);
  const parsed = questionnaireTemplate.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export async function saveTemplate(ctx: DataContext, id: string | null, input: QuestionnaireTemplateInput): Promise<string> {
  const template = parseOrThrow(questionnaireTemplate, input, 'questionnaire');
  const key = id ?? `q-${ctx.newId()}`.slice(0, 40);
  if (key === settingsKey || !templateIdPattern.test(key)) throw new InvalidDataError(`"${key}" cannot be a questionnaire id`);
  await setConfig(ctx, kind, key, template);
  return key;
}

export async function readSettings(ctx: DataContext): Promise<QuestionnaireSettings> {
  const parsed = questionnaireSettings.safeParse(await getConfig<unknown>(ctx, kind, settingsKey));
  return parsed.success ? parsed.data : defaultQuestionnaireSettings;
}

export function observeSettings(ctx: DataContext): Observable<QuestionnaireSettings> {
  return observeConfigKind<unknown>(ctx, kind).pipe(
    map((docs) => {
      const parsed = questionnaireSettings.safeParse(docs.find((d) => d.key === settingsKey)?.data);
      return parsed.success ? parsed.data : defaultQuestionnaireSettings;
    }),
  );
}

export async function saveSettings(ctx: DataContext, settings: QuestionnaireSettings): Promise<void> {
  const checked = parseOrThrow(questionnaireSettings, settings, 'questionnaire settings');
  if ((await getTemplate(ctx, checked.defaultTemplateId)) === null) throw new InvalidDataError(`There is no questionnaire "${checked.defaultTemplateId}" to make the default`);
  await setConfig(ctx, kind, settingsKey, checked);
}

export async function deleteTemplate(ctx: DataContext, id: string): Promise<void> {
  if ((await readSettings(ctx)).defaultTemplateId === id) throw new InvalidDataError('This is the default questionnaire: make another one the default first');
  await deleteConfig(ctx, kind, id);
}

/**
 * The seed's questionnaire, written once on the first open (a document deleted later stays
 * deleted: RxDB keeps the deleted document, so the insert conflicts and nothing comes back).
 */
export async function installDefaultTemplate(ctx: DataContext): Promise<void> {
  const id = configId(kind, defaultTemplateId);
  const [existing] = await ctx.db.config.storageInstance.findDocumentsById([id], true);
  if (existing) return;
  const now = ctx.clock();
  const doc = parseOrThrow(
    configDocument,
    { id, kind, key: defaultTemplateId, data: defaultQuestionnaire, ownerId: ctx.seller.userId, teamId: ctx.seller.teamId, createdAt: now, updatedAt: now },
    'config',
  );
  await writeRows(ctx.db.config, [insertRow(doc)], 'lead-center-install-questionnaire');
}
