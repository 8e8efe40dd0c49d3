import type { QuestionKind, QuestionSection } from '../model/dispatch';
import type { Lead } from '../model/lead';
import type { QualificationField } from '../reference/qualificationOptions';

/**
 * The lead fields a questionnaire may fill: a closed list, so an answer can never reach the score,
 * the group or the consent. Custom fields are open: `customFields.<key>` (letters, digits, _).
 * `kinds` lists the question kinds whose answer fits the field.
 */
export interface AnswerableField {
  id: string;
  label: string;
  section: Exclude<QuestionSection, 'quote'>;
  kinds: readonly QuestionKind[];
  /** The option list comes from the seller's qualification settings (BANT-CHAMP). */
  qualification?: QualificationField;
}

const textKinds: readonly QuestionKind[] = ['text', 'long_text', 'single_choice'];
const numberKinds: readonly QuestionKind[] = ['number'];

export const answerableFields: readonly AnswerableField[] = [
  { id: 'name', label: 'Name', section: 'personal', kinds: ['text'] },
  { id: 'phone', label: 'Phone', section: 'personal', kinds: ['phone'] },
  { id: 'jobTitle', label: 'Job title', section: 'personal', kinds: textKinds },
  { id: 'department', label: 'Department', section: 'personal', kinds: textKinds },
  { id: 'country', label: 'Country', section: 'personal', kinds: ['country'] },
  { id: 'company.name', label: 'Company name', section: 'company', kinds: ['text'] },
  { id: 'company.size', label: 'Company size (employees)', section: 'company', kinds: numberKinds },
  { id: 'company.annualRevenue', label: 'Annual revenue (USD)', section: 'company', kinds: numberKinds },
  { id: 'company.industry', label: 'Industry', section: 'company', kinds: textKinds },
  { id: 'company.website', label: 'Company website', section: 'company', kinds: ['text'] },
  { id: 'qualification.budget', label: 'Budget', section: 'bant_champ', kinds: ['single_choice'], qualification: 'budget' },
  { id: 'qualification.budgetAmount', label: 'Budget amount', section: 'bant_champ', kinds: numberKinds },
  { id: 'qualification.budgetCurrency', label: 'Budget currency', section: 'bant_champ', kinds: ['text', 'single_choice'] },
  { id: 'qualification.authority', label: 'Authority', section: 'bant_champ', kinds: ['single_choice'], qualification: 'authority' },
  { id: 'qualification.need', label: 'Need', section: 'bant_champ', kinds: ['single_choice'], qualification: 'need' },
  { id: 'qualification.timeline', label: 'Timeline', section: 'bant_champ', kinds: ['single_choice'], qualification: 'timeline' },
  { id: 'qualification.challenges', label: 'Challenges', section: 'bant_champ', kinds: ['multiple_choice', 'text', 'long_text'] },
  { id: 'qualification.fit', label: 'Product/solution fit', section: 'bant_champ', kinds: ['single_choice'], qualification: 'fit' },
];

const customFieldPattern = /^customFields\.([A-Za-z0-9_]{1,60})$/;

/** The key of a custom field path, or null. */
export function customFieldKey(fieldId: string): string | null {
  return customFieldPattern.exec(fieldId)?.[1] ?? null;
}

export function findAnswerableField(fieldId: string): AnswerableField | undefined {
  return answerableFields.find((f) => f.id === fieldId);
}

/** Why a question of this kind cannot fill this field, or null when it can ('' fills nothing). */
export function fieldProblem(fieldId: string, kind: QuestionKind): string | null {
  if (fieldId === '') return null;
  if (customFieldKey(fieldId) !== null) return null;
  const field = findAnswerableField(fieldId);
  if (!field) return `"${fieldId}" is not a lead field a questionnaire may fill`;
  if (!field.kinds.includes(kind)) return `${field.label} takes a ${field.kinds.map((k) => k.replace('_', ' ')).join(' or ')} answer, not ${kind.replace('_', ' ')}`;
  return null;
}

/** The field's value on the lead, as stored. */
export function readLeadField(lead: Lead, fieldId: string): unknown {
  const custom = customFieldKey(fieldId);
  if (custom !== null) return Object.prototype.hasOwnProperty.call(lead.customFields, custom) ? lead.customFields[custom] : null;
  const [head, tail] = fieldId.split('.', 2);
  if (head === undefined) return null;
  const top: unknown = (lead as unknown as Record<string, unknown>)[head];
  if (tail === undefined) return top;
  return typeof top === 'object' && top !== null ? (top as Record<string, unknown>)[tail] : null;
}

/** Empty means unknown: '', null, an empty list, or a "not disclosed" choice. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '' || value === 'not_disclosed';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
