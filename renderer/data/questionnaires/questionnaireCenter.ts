import { map } from 'rxjs';
import { dispatch as dispatchSchema } from '../../../core/model/dispatch';
import { questionnaireLink } from '../../../core/questionnaires/questionnaireTemplate';
import type { QuestionnaireCenter } from '../questionnaireContract';
import { readDocuments } from '../readDocuments';
import { AnswerProcessor, receiveAnswers } from './answerHandling';
import { reopenDispatch } from './reopenDispatch';
import { planDispatch, sendQuestionnaire, type DispatchDeps, type SendOptions, type SendResult } from './dispatching';
import { deleteTemplate, getTemplate, installDefaultTemplate, observeSettings, observeTemplates, readSettings, saveSettings, saveTemplate } from './templateStore';

export interface OpenQuestionnaireCenter extends QuestionnaireCenter {
  /** For the rule action: a dispatch by a rule (its effect id), the email left a draft. */
  sendForRule(leadId: string, options: Omit<SendOptions, 'submit'>): Promise<SendResult>;
  close(): Promise<void>;
}

/** `data.questionnaires`: templates, dispatches and the answer handling, which starts at once. */
export async function openQuestionnaireCenter(deps: DispatchDeps): Promise<OpenQuestionnaireCenter> {
  const { ctx } = deps;
  await installDefaultTemplate(ctx);
  const processor = new AnswerProcessor(ctx);
  processor.start();
  return {
    observeTemplates: () => observeTemplates(ctx),
    getTemplate: (id) => getTemplate(ctx, id),
    saveTemplate: (id, template) => saveTemplate(ctx, id, template),
    deleteTemplate: (id) => deleteTemplate(ctx, id),
    observeSettings: () => observeSettings(ctx),
    saveSettings: (settings) => saveSettings(ctx, settings),
    plan: (leadId, templateId) => planDispatch(deps, leadId, templateId),
    send: async (leadId, options) => {
      const { created: _created, ...sent } = await sendQuestionnaire(deps, leadId, { templateId: options?.templateId, submit: true });
      return sent;
    },
    sendForRule: (leadId, options) => sendQuestionnaire(deps, leadId, { ...options, submit: false }),
    observeDispatches: (leadId) =>
      ctx.db.dispatches
        .find({ selector: { leadId } })
        .$.pipe(map((docs) => readDocuments(dispatchSchema, docs, 'dispatch').sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1)))),
    linkOf: async (dispatch) => questionnaireLink((await readSettings(ctx)).platformBaseUrl, dispatch.token),
    receiveAnswers: (token, answers, at) => receiveAnswers(ctx, token, answers, at),
    processAnswered: () => processor.processNow(),
    reopen: (dispatchId) => reopenDispatch(ctx, dispatchId),
    close: () => processor.close(),
  };
}
