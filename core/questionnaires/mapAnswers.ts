import type { AnswerProblem, DispatchQuestion } from '../model/dispatch';
import { lead as leadSchema, type Lead } from '../model/lead';
import { normaliseWebsite } from '../model/normaliseWebsite';
import type { QualificationSettings } from '../settings/qualificationSettings';
import { customFieldKey, findAnswerableField } from './answerableFields';
import type { AcceptedAnswer } from './validateAnswers';

export interface MappedAnswers {
  /** The lead with the answers written in (everything else as it was). */
  lead: Lead;
  /** Lead fields written, e.g. ["qualification.budget", "customFields.quote_quantity"]. */
  fields: string[];
  /** Answers that fit their question but not the lead field (e.g. an option renamed since). */
  problems: AnswerProblem[];
}

type Converted = { ok: true; value: unknown } | { ok: false; reason: string };

const asText = (answer: AcceptedAnswer): string => (Array.isArray(answer) ? answer.join(', ') : String(answer));

/** The answer in the form the lead field stores. */
function convert(fieldId: string, answer: AcceptedAnswer, qualification: QualificationSettings): Converted {
  if (customFieldKey(fieldId) !== null) {
    const value = typeof answer === 'number' ? answer : asText(answer).slice(0, 2000);
    return { ok: true, value };
  }
  const field = findAnswerableField(fieldId);
  if (!field) return { ok: false, reason: `"${fieldId}" is not a lead field a questionnaire may fill` };
  if (field.qualification !== undefined) {
    // Stored as the option's value ("decision_maker"); the form shows labels.
    const wanted = asText(answer).trim().toLowerCase();
    const option = qualification[field.qualification].find((o) => o.label.toLowerCase() === wanted || o.value === wanted);
    return option ? { ok: true, value: option.value } : { ok: false, reason: `"${asText(answer)}" is no longer one of the ${field.label} options` };
  }
  switch (fieldId) {
    case 'company.size':
      return typeof answer === 'number' ? { ok: true, value: Math.round(answer) } : { ok: false, reason: 'the company size must be a number' };
    case 'company.annualRevenue':
    case 'qualification.budgetAmount':
      return typeof answer === 'number' ? { ok: true, value: answer } : { ok: false, reason: `${field.label} must be a number` };
    case 'qualification.budgetCurrency': {
      const code = asText(answer).trim().toUpperCase();
      return /^[A-Z]{3}$/.test(code) ? { ok: true, value: code } : { ok: false, reason: 'a currency is a three-letter code such as USD' };
    }
    case 'qualification.challenges':
      return { ok: true, value: (Array.isArray(answer) ? answer : [asText(answer)]).map((c) => c.slice(0, 200)).slice(0, 50) };
    case 'company.website': {
      const site = normaliseWebsite(asText(answer));
      return site.ok ? { ok: true, value: site.value } : { ok: false, reason: site.error };
    }
    default:
      return { ok: true, value: asText(answer).slice(0, 200) };
  }
}

function withField(lead: Lead, fieldId: string, value: unknown): Lead {
  const custom = customFieldKey(fieldId);
  if (custom !== null) return { ...lead, customFields: { ...lead.customFields, [custom]: value as Lead['customFields'][string] } };
  const [head, tail] = fieldId.split('.', 2);
  if (head === undefined) return lead;
  const record = lead as unknown as Record<string, unknown>;
  if (tail === undefined) return { ...record, [head]: value } as unknown as Lead;
  const inner = record[head];
  return { ...record, [head]: { ...(typeof inner === 'object' && inner !== null ? inner : {}), [tail]: value } } as unknown as Lead;
}

/**
 * Writes accepted answers into the lead, question by question. Each result is checked against the
 * lead schema, so an answer that would make the lead invalid is a problem, never a bad write. The
 * buyer's own answer wins over what the lead held: it is the freshest word on the matter.
 */
export function mapAnswers(lead: Lead, questions: readonly DispatchQuestion[], accepted: Readonly<Record<string, AcceptedAnswer>>, qualification: QualificationSettings): MappedAnswers {
  let next = lead;
  const fields: string[] = [];
  const problems: AnswerProblem[] = [];
  for (const question of questions) {
    const answer = accepted[question.id];
    if (answer === undefined || question.leadField === '') continue;
    const converted = convert(question.leadField, answer, qualification);
    if (!converted.ok) {
      problems.push({ questionId: question.id, reason: converted.reason });
      continue;
    }
    const candidate = withField(next, question.leadField, converted.value);
    const checked = leadSchema.safeParse(candidate);
    if (!checked.success) {
      problems.push({ questionId: question.id, reason: `does not fit the lead's ${question.leadField} (${checked.error.issues[0]?.message ?? 'invalid'})` });
      continue;
    }
    next = checked.data;
    fields.push(question.leadField);
  }
  return { lead: next, fields, problems };
}
