import type { DispatchQuestion } from '../../../../core/model/dispatch';
import { answerableFields, customFieldKey, findAnswerableField } from '../../../../core/questionnaires/answerableFields';

/** The editor's moves on the question list: pure, so they are tested without a screen. */

/** Swaps a question with its nearest neighbour of the same part (the editor shows the parts apart). */
export function moveQuestion(questions: readonly DispatchQuestion[], index: number, by: -1 | 1): DispatchQuestion[] {
  const next = [...questions];
  const moving = questions[index];
  if (!moving) return next;
  let target = index + by;
  while (target >= 0 && target < questions.length && questions[target]?.section !== moving.section) target += by;
  const other = questions[target];
  if (!other) return next;
  next[target] = moving;
  next[index] = other;
  return next;
}

/** Whether the question can move that way within its part. */
export function canMove(questions: readonly DispatchQuestion[], index: number, by: -1 | 1): boolean {
  const moving = questions[index];
  if (!moving) return false;
  for (let i = index + by; i >= 0 && i < questions.length; i += by) if (questions[i]?.section === moving.section) return true;
  return false;
}

export function removeQuestion(questions: readonly DispatchQuestion[], index: number): DispatchQuestion[] {
  return questions.filter((_, i) => i !== index);
}

/** A fresh question id not used by the others (q1, q2, …). */
export function freshQuestionId(questions: readonly DispatchQuestion[]): string {
  const used = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n++;
  return `q${n}`;
}

export function newQuestion(questions: readonly DispatchQuestion[], section: DispatchQuestion['section']): DispatchQuestion {
  return { id: freshQuestionId(questions), label: '', help: '', kind: 'text', section, options: [], required: false, leadField: '' };
}

/** The lead fields a question of this section may fill (quote questions: custom fields only). */
export function fieldsForSection(section: DispatchQuestion['section']): { id: string; label: string }[] {
  if (section === 'quote') return [];
  return answerableFields.filter((f) => f.section === section).map(({ id, label }) => ({ id, label }));
}

/** A changed lead field brings a kind that fits it (and the BANT options) when the kind did not. */
export function withLeadField(question: DispatchQuestion, leadField: string, qualificationLabels: (field: string) => string[] | null): DispatchQuestion {
  const field = findAnswerableField(leadField);
  const next = { ...question, leadField };
  if (field && !field.kinds.includes(question.kind)) next.kind = field.kinds[0] ?? question.kind;
  const labels = field?.qualification ? qualificationLabels(field.qualification) : null;
  if (labels) next.options = labels;
  return next;
}

/** Options typed one per line. */
export function optionsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function isCustomField(leadField: string): boolean {
  return customFieldKey(leadField) !== null;
}
