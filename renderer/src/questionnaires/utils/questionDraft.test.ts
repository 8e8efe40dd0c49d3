import { describe, expect, it } from 'vitest';
import { dispatchQuestion } from '../../../../core/model/dispatch';
import { canMove, fieldsForSection, freshQuestionId, moveQuestion, newQuestion, optionsFromText, removeQuestion, withLeadField } from './questionDraft';

const q = (id: string) => dispatchQuestion.parse({ id, label: id, kind: 'text' });

describe('question list moves', () => {
  const list = [q('a'), q('b'), q('c')];
  it('moves up and down, and not past either end', () => {
    expect(moveQuestion(list, 1, -1).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(moveQuestion(list, 1, 1).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(moveQuestion(list, 0, -1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(moveQuestion(list, 2, 1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(moveQuestion(list, 7, 1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('moves within its part, past questions of other parts', () => {
    const mixed = [q('a'), dispatchQuestion.parse({ id: 'x', label: 'x', kind: 'number', section: 'quote' }), q('b')];
    expect(moveQuestion(mixed, 2, -1).map((x) => x.id)).toEqual(['b', 'x', 'a']);
    expect(moveQuestion(mixed, 1, -1).map((x) => x.id)).toEqual(['a', 'x', 'b']);
    expect([canMove(mixed, 0, -1), canMove(mixed, 0, 1), canMove(mixed, 1, 1), canMove(mixed, 2, -1)]).toEqual([false, true, false, true]);
  });
  it('removes one', () => {
    expect(removeQuestion(list, 1).map((x) => x.id)).toEqual(['a', 'c']);
  });
  it('gives new questions unused ids in the chosen section', () => {
    expect(freshQuestionId([q('q4'), q('q5')])).toBe('q3');
    expect(freshQuestionId([q('q2'), q('q3')])).toBe('q4');
    expect(newQuestion([q('q1')], 'quote')).toMatchObject({ id: 'q2', section: 'quote', kind: 'text', leadField: '' });
  });
});

describe('lead fields in the editor', () => {
  it('offers the fields of the section; quote questions fill custom fields only', () => {
    expect(fieldsForSection('company').map((f) => f.id)).toEqual(['company.name', 'company.size', 'company.annualRevenue', 'company.industry', 'company.website']);
    expect(fieldsForSection('quote')).toEqual([]);
  });
  it('a BANT field brings a choice kind and the seller’s option labels', () => {
    const next = withLeadField(q('a'), 'qualification.need', (field) => (field === 'need' ? ['Urgent', 'Later'] : null));
    expect(next).toMatchObject({ leadField: 'qualification.need', kind: 'single_choice', options: ['Urgent', 'Later'] });
    expect(withLeadField(q('a'), 'company.size', () => null)).toMatchObject({ kind: 'number' });
    expect(withLeadField(q('a'), 'jobTitle', () => null)).toMatchObject({ kind: 'text' });
  });
  it('reads options one per line, blank lines left out', () => {
    expect(optionsFromText(' A \n\nB\n  ')).toEqual(['A', 'B']);
  });
});
