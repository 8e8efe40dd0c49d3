import { describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from './defaultQuestionnaire';
import { questionnaireConfigData, questionnaireLink, questionnaireSettings, questionnaireTemplate, templateProblem } from './questionnaireTemplate';
import { tokenFromBytes, questionnaireEmail } from './questionnaireEmail';
import { lead } from '../model/lead';

const question = { id: 'q1', label: 'Quantity', kind: 'number', section: 'quote' } as const;

describe('questionnaireTemplate', () => {
  it('the default template is valid and has both parts', () => {
    const parsed = questionnaireTemplate.parse(defaultQuestionnaire);
    const sections = new Set(parsed.questions.map((q) => q.section));
    expect([...sections]).toEqual(['personal', 'company', 'bant_champ', 'quote']);
    expect(questionnaireConfigData.parse(defaultQuestionnaire)).toEqual(parsed);
  });

  it('names the first problem in plain words', () => {
    expect(templateProblem({ name: ' ', questions: [question] })).toBe('give the questionnaire a name');
    expect(templateProblem({ name: 'X', questions: [] })).toBe('a questionnaire needs at least one question');
    expect(templateProblem({ name: 'X', questions: [question, { ...question }] })).toBe('Question 2: another question has the same id');
    expect(templateProblem({ name: 'X', questions: [{ ...question, kind: 'single_choice', options: ['Only'] }] })).toBe('Question 1: a choice question needs at least two options');
    expect(templateProblem({ name: 'X', questions: [{ ...question, kind: 'single_choice', options: ['A', 'a'] }] })).toBe('Question 1: each option appears once');
    expect(templateProblem({ name: 'X', questions: [{ ...question, leadField: 'score' }] })).toBe('Question 1: "score" is not a lead field a questionnaire may fill');
    expect(templateProblem({ name: 'X', questions: [{ ...question, leadField: 'qualification.budget' }] })).toBe('Question 1: Budget takes a single choice answer, not number');
    expect(templateProblem({ name: 'X', questions: [{ ...question, leadField: 'company.size' }, { ...question, id: 'q2', leadField: 'company.size' }] })).toBe(
      'Question 2: question 1 already fills this field',
    );
    expect(templateProblem({ name: 'X', emailBody: 'No link here', questions: [question] })).toMatch(/must contain \{\{questionnaire.link\}\}/);
    expect(templateProblem({ name: 'X', questions: [{ ...question, leadField: 'customFields.po_number' }] })).toBeNull();
  });

  it('settings need a web address', () => {
    expect(questionnaireSettings.safeParse({ platformBaseUrl: 'https://powercozmo.com', defaultTemplateId: 'default' }).success).toBe(true);
    expect(questionnaireSettings.safeParse({ platformBaseUrl: 'ftp://x', defaultTemplateId: 'default' }).success).toBe(false);
    expect(questionnaireSettings.safeParse({ platformBaseUrl: 'https://x y', defaultTemplateId: 'default' }).success).toBe(false);
  });

  it('builds the link from the base and the token', () => {
    expect(questionnaireLink('https://powercozmo.com/', 'abc_-1')).toBe('https://powercozmo.com/q/abc_-1');
    expect(questionnaireLink(' https://forms.example.com/seller// ', 'T')).toBe('https://forms.example.com/seller/q/T');
  });
});

describe('questionnaire email and token', () => {
  it('fills the link and the lead’s tokens; what the lead lacks stays visible', () => {
    const amira = lead.parse({ id: 'l', ownerId: 'u', teamId: 't', createdAt: 1, updatedAt: 1, name: 'Dr. Amira Saleh', email: 'a@b.com' });
    const email = questionnaireEmail(defaultQuestionnaire, amira, { name: 'Rana' }, 'https://powercozmo.com/q/TOKEN');
    expect(email.subject).toBe('A few questions about your request, Amira');
    expect(email.body).toContain('https://powercozmo.com/q/TOKEN');
    expect(email.body).toContain('Rana');
    expect(email.unfilled).toEqual([]);
    const nameless = questionnaireEmail(defaultQuestionnaire, { ...amira, name: '' }, { name: 'Rana' }, 'https://x/q/T');
    expect(nameless.unfilled).toEqual(['lead.firstName']);
  });

  it('encodes bytes as base64url without padding: 16 bytes → 22 characters', () => {
    expect(tokenFromBytes(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(tokenFromBytes(new Uint8Array([77, 97, 110]))).toBe('TWFu');
    expect(tokenFromBytes(new Uint8Array([77, 97]))).toBe('TWE');
    expect(tokenFromBytes(new Uint8Array([77]))).toBe('TQ');
    const token = tokenFromBytes(new Uint8Array(16).fill(255));
    expect(token).toHaveLength(22);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
