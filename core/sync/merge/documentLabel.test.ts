import { describe, expect, it } from 'vitest';
import { documentLabel } from './documentLabel';

describe('documentLabel', () => {
  it('names a lead by its name and company, or what it has', () => {
    expect(documentLabel('leads', { id: 'l1', name: 'Aisha Khan', company: { name: 'Desert Solar' } })).toBe('Aisha Khan (Desert Solar)');
    expect(documentLabel('leads', { id: 'l1', name: '', email: 'a@example.com', company: { name: '' } })).toBe('a@example.com');
    expect(documentLabel('leads', { id: 'l1', name: ' ', company: { name: 'Desert Solar' } })).toBe('Desert Solar');
    expect(documentLabel('leads', { id: 'l1' })).toBe('l1');
  });

  it('names other documents by what the seller sees of them', () => {
    expect(documentLabel('emails', { id: 'e', subject: 'Your quote' })).toBe('Email: Your quote');
    expect(documentLabel('notes', { id: 'n', body: 'x'.repeat(80) })).toBe(`Note: ${'x'.repeat(57)}…`);
    expect(documentLabel('reminders', { id: 'r', title: '', kind: 'call' })).toBe('Reminder: call');
    expect(documentLabel('config', { id: 'groups:default', kind: 'groups', key: 'default' })).toBe('Setting: groups default');
    expect(documentLabel('rules', { id: 'r', name: 'RFQ follow-up' })).toBe('RFQ follow-up');
    expect(documentLabel('accounts', { id: 'acc', name: 7 })).toBe('acc');
    expect(documentLabel('dispatches', { id: 'd1' })).toBe('Questionnaire d1');
    expect(documentLabel('events', {})).toBe('Event: unknown document');
  });
});
