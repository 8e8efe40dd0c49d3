import { describe, expect, it } from 'vitest';
import { defaultEmailTemplateLibrary, emailTemplateLibrary } from '../../../../core/emails/emailTemplates';
import { problemsFromIssues } from './settingsProblems';
import { insertAt, newTemplateId, templateProblems, withDuplicate, withNewTemplate, withoutTemplate, withTemplateChange } from './templateEdits';

const library = defaultEmailTemplateLibrary;
const first = library.templates[0];
if (first === undefined) throw new Error('the default library has templates');

describe('template edits', () => {
  it('makes ids the schema accepts, numbered when taken', () => {
    expect(newTemplateId('WARM: Price list!', [])).toBe('my-warm-price-list');
    expect(newTemplateId('WARM: Price list!', ['my-warm-price-list', 'my-warm-price-list-2'])).toBe('my-warm-price-list-3');
    expect(newTemplateId('  ', [])).toBe('my-template');
    expect(newTemplateId('Ünïcodé', [])).toBe('my-unicode');
    expect(newTemplateId('x'.repeat(200), []).length).toBeLessThanOrEqual(64);
  });

  it('adds a valid template of the seller’s for a level', () => {
    const added = withNewTemplate(library, 'WARM');
    const template = added.library.templates.at(-1);
    expect(template).toMatchObject({ id: added.id, level: 'WARM', builtIn: false });
    expect(emailTemplateLibrary.safeParse(added.library).success).toBe(true);
    expect(withNewTemplate(added.library, 'WARM').id).not.toBe(added.id);
  });

  it('duplicates right after the original as the seller’s own, and deletes only the seller’s', () => {
    const copy = withDuplicate(library, first.id);
    if (copy === null) throw new Error('the template exists');
    expect(copy.library.templates[1]).toMatchObject({ id: copy.id, name: `${first.name} (copy)`, builtIn: false, subject: first.subject });
    expect(emailTemplateLibrary.safeParse(copy.library).success).toBe(true);
    expect(withDuplicate(library, 'missing')).toBeNull();
    expect(withoutTemplate(copy.library, copy.id).templates).toEqual(library.templates);
    expect(withoutTemplate(library, first.id)).toEqual(library);
  });

  it('changes one template and leaves the rest', () => {
    const changed = withTemplateChange(library, first.id, { subject: 'New subject' });
    expect(changed.templates[0]?.subject).toBe('New subject');
    expect(changed.templates[1]).toBe(library.templates[1]);
    expect(library.templates[0]?.subject).not.toBe('New subject');
  });

  it('inserts at the caret or over the selection', () => {
    expect(insertAt('Hi ,', 3, 3, '{{lead.firstName}}')).toEqual({ text: 'Hi {{lead.firstName}},', caret: 21 });
    expect(insertAt('Hi NAME,', 3, 7, '{{lead.firstName}}')).toEqual({ text: 'Hi {{lead.firstName}},', caret: 21 });
    expect(insertAt('Hi', null, null, '!')).toEqual({ text: 'Hi!', caret: 3 });
    expect(insertAt('Hi', 10, 2, '!')).toEqual({ text: 'Hi!', caret: 3 });
  });

  it('names the template in every problem', () => {
    const broken = withTemplateChange(withTemplateChange(library, first.id, { subject: '' }), library.templates[1]?.id ?? '', { body: 'Hi {{lead.fristName}}' });
    const parsed = emailTemplateLibrary.safeParse(broken);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const listed = templateProblems(broken, problemsFromIssues(parsed.error.issues));
    expect(listed[0]).toEqual({ id: first.id, message: `“${first.name}”: the subject is empty` });
    // An empty subject stops the library-wide token check; fixed, the typo is named with its template.
    const onlyTypo = withTemplateChange(broken, first.id, { subject: first.subject });
    const again = emailTemplateLibrary.safeParse(onlyTypo);
    expect(again.success).toBe(false);
    if (again.success) return;
    const second = library.templates[1];
    expect(templateProblems(onlyTypo, problemsFromIssues(again.error.issues))).toEqual([
      { id: second?.id, message: `template "${second?.name}" uses an unknown token {{lead.fristName}} in its body` },
    ]);
  });
});
