import { describe, expect, it } from 'vitest';
import { documentProblem, unstorableText } from './validateDocument';

describe('documentProblem', () => {
  const note = { id: 'n-1', ownerId: 'u', teamId: 't', createdAt: 1, updatedAt: 1, leadId: 'l-1', body: 'hello', authorId: 'u', _deleted: false };

  it('accepts a document that fits its collection, with RxDB fields around it', () => {
    expect(documentProblem('notes', { ...note, _rev: '1-a', _meta: { lwt: 1 } })).toBeNull();
  });

  it('names the fields that do not fit', () => {
    expect(documentProblem('notes', { ...note, body: '' })).toMatch(/^body: /);
    expect(documentProblem('notes', { ...note, leadId: undefined })).toMatch(/leadId/);
    expect(documentProblem('leads', note)).toBeNull(); // a lead's other fields have defaults
  });

  it('refuses text the database cannot hold', () => {
    expect(documentProblem('notes', { ...note, body: 'a\u0000b' })).toMatch(/NUL/);
    expect(unstorableText({ a: ['ok', { b: '\udc00' }] })).toMatch(/surrogate/);
    expect(unstorableText({ 'x\u0000': 1 })).toMatch(/NUL/);
    expect(unstorableText({ a: '🙂 fine', b: [1, null, true] })).toBeNull();
  });
});
