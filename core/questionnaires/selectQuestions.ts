import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { DispatchQuestion } from '../model/dispatch';
import type { Lead } from '../model/lead';
import type { QualificationSettings } from '../settings/qualificationSettings';
import { customFieldKey, findAnswerableField, isEmptyValue, readLeadField } from './answerableFields';

/**
 * A contact the lead already is (converted, or a contact with the same address), and its account.
 * A converted lead whose contact cannot be read (not replicated yet) is still known: `contact` null.
 */
export interface KnownContact {
  contact: Contact | null;
  account: Account | null;
}

export interface SkippedQuestion {
  question: DispatchQuestion;
  reason: string;
}

export interface QuestionSelection {
  ask: DispatchQuestion[];
  skipped: SkippedQuestion[];
  knownContact: boolean;
}

/** What a known contact's records say for a lead field ('' / null when they say nothing). */
export function knownValue(known: KnownContact, fieldId: string): unknown {
  const { contact, account } = known;
  const custom = customFieldKey(fieldId);
  if (custom !== null) {
    if (contact && Object.prototype.hasOwnProperty.call(contact.customFields, custom)) return contact.customFields[custom];
    return account && Object.prototype.hasOwnProperty.call(account.customFields, custom) ? account.customFields[custom] : null;
  }
  switch (fieldId) {
    case 'name':
    case 'phone':
    case 'jobTitle':
    case 'department':
      return contact?.[fieldId] ?? '';
    case 'country':
      return contact && contact.country !== '' ? contact.country : (account?.country ?? '');
    case 'company.name':
      return account?.name ?? '';
    case 'company.size':
      return account?.size ?? null;
    case 'company.annualRevenue':
      return account?.annualRevenue ?? null;
    case 'company.industry':
      return account?.industry ?? '';
    case 'company.website':
      return account?.website ?? '';
    default:
      return null;
  }
}

/** A qualification question offers the seller's current option labels (Settings → Qualification). */
function withCurrentOptions(question: DispatchQuestion, qualification: QualificationSettings): DispatchQuestion {
  const field = findAnswerableField(question.leadField)?.qualification;
  if (field === undefined) return question;
  return { ...question, options: qualification[field].map((o) => o.label) };
}

/**
 * Which questions of a template go to this lead (seed 002: "for previous clients or contacts, the
 * questionnaire focuses only on missing data"):
 * - quote questions are always asked: each request for a quote is a new one;
 * - a general question that fills a lead field is asked only while that field is empty on the lead
 *   and, for a known contact, on its contact and account too;
 * - a general question that fills no field is asked of new buyers only, never of a known contact.
 */
export function selectQuestions(
  questions: readonly DispatchQuestion[],
  lead: Lead,
  known: KnownContact | null,
  qualification: QualificationSettings,
): QuestionSelection {
  const ask: DispatchQuestion[] = [];
  const skipped: SkippedQuestion[] = [];
  for (const question of questions) {
    if (question.section !== 'quote') {
      if (question.leadField === '') {
        if (known !== null) {
          skipped.push({ question, reason: 'a known contact is asked only for missing data' });
          continue;
        }
      } else {
        if (!isEmptyValue(readLeadField(lead, question.leadField))) {
          skipped.push({ question, reason: 'the lead already has it' });
          continue;
        }
        if (known !== null && !isEmptyValue(knownValue(known, question.leadField))) {
          skipped.push({ question, reason: 'known from the contact record' });
          continue;
        }
      }
    }
    ask.push(withCurrentOptions(question, qualification));
  }
  return { ask, skipped, knownContact: known !== null };
}
