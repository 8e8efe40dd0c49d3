import type { Observable } from 'rxjs';
import type { Dispatch, DispatchAnswer, DispatchQuestion } from '../../core/model/dispatch';
import type { Email } from '../../core/model/email';
import type { QuestionnaireSettings, QuestionnaireTemplate, QuestionnaireTemplateInput } from '../../core/questionnaires/questionnaireTemplate';

/**
 * Questionnaires (issue 6, seed 002 "Questioner Tool"): templates the seller builds, dispatches
 * that ask a lead only what is still missing, and the handling of the buyer's answers. The
 * platform (issue 7) serves the form at the dispatch's link and replicates the answers back onto
 * the dispatch; the app notices them and writes them into the lead, once.
 */

export interface StoredQuestionnaire {
  id: string;
  template: QuestionnaireTemplate;
  updatedAt: number;
}

/** What a dispatch to this lead would ask, before sending. */
export interface DispatchPlan {
  leadId: string;
  templateId: string;
  templateName: string;
  ask: DispatchQuestion[];
  skipped: { questionId: string; label: string; reason: string }[];
  /** The lead is a known contact (converted, or a contact with its address): only missing data is asked. */
  knownContact: boolean;
  /** Why it cannot be sent (suppressed lead, nothing to ask…), or null. */
  refused: string | null;
}

export interface SendQuestionnaireOptions {
  /** The default questionnaire (settings) unless given. */
  templateId?: string;
}

export interface SentQuestionnaire {
  dispatch: Dispatch;
  email: Email;
  link: string;
  /** Tokens of the email the lead could not fill; the email waits until the seller fills them. */
  unfilledTokens: string[];
}

export interface QuestionnaireCenter {
  /** Every template, by name. */
  observeTemplates(): Observable<StoredQuestionnaire[]>;
  getTemplate(id: string): Promise<QuestionnaireTemplate | null>;
  /** Creates (id null) or replaces a template; returns its id. Throws InvalidDataError naming the first problem. */
  saveTemplate(id: string | null, template: QuestionnaireTemplateInput): Promise<string>;
  /** The default template cannot be deleted while it is the default. */
  deleteTemplate(id: string): Promise<void>;
  observeSettings(): Observable<QuestionnaireSettings>;
  saveSettings(settings: QuestionnaireSettings): Promise<void>;

  plan(leadId: string, templateId?: string): Promise<DispatchPlan>;
  /**
   * Creates the dispatch (a token of 128 random bits) and its email, submitted to the approval
   * queue. Throws QuestionnaireRefusedError for a suppressed lead or when nothing is left to ask.
   */
  send(leadId: string, options?: SendQuestionnaireOptions): Promise<SentQuestionnaire>;
  /** A lead's dispatches, newest first. */
  observeDispatches(leadId: string): Observable<Dispatch[]>;
  /** The buyer's link of a dispatch (with the form address configured now). */
  linkOf(dispatch: Pick<Dispatch, 'token'>): Promise<string>;

  /**
   * Writes a buyer's answers onto the dispatch with this token, exactly as the platform's
   * replication will (issue 7): answers and answeredAt, nothing else. The answer handling then
   * picks them up like any replicated change. Used by the platform stand-in in tests.
   */
  receiveAnswers(token: string, answers: Record<string, DispatchAnswer>, at?: number): Promise<Dispatch>;
  /** Handles answered dispatches not yet processed (runs by itself on every change); returns how many. */
  processAnswered(): Promise<number>;
  /**
   * "Let the buyer answer again": clears answeredAt and processedAt so the platform's form takes
   * one more submission at the same link (earlier answers shown filled in). Issue 7.
   */
  reopen(dispatchId: string): Promise<Dispatch>;
}
