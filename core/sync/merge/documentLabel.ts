import type { ReplicatedCollection } from '../protocol';

/**
 * What the seller calls a document in the Needs review list: the lead's name, an email's
 * subject, a setting's kind. Falls back to the id when the document has nothing better.
 */
export function documentLabel(collection: ReplicatedCollection, document: Readonly<Record<string, unknown>>): string {
  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const company = (value: unknown): string => (typeof value === 'object' && value !== null && !Array.isArray(value) ? text((value as Record<string, unknown>).name) : '');
  const id = text(document.id) || 'unknown document';
  const first = (...candidates: string[]): string => candidates.find((candidate) => candidate !== '') ?? id;
  switch (collection) {
    case 'leads':
    case 'contacts': {
      const name = text(document.name);
      const organisation = company(document.company);
      const person = first(name, text(document.email));
      return name !== '' && organisation !== '' ? `${name} (${organisation})` : person === id && organisation !== '' ? organisation : person;
    }
    case 'accounts':
    case 'rules':
      return first(text(document.name));
    case 'emails':
      return `Email: ${first(text(document.subject))}`;
    case 'notes':
      return `Note: ${first(shorten(text(document.body)))}`;
    case 'reminders':
      return `Reminder: ${first(text(document.title), text(document.kind))}`;
    case 'config':
      return `Setting: ${first([text(document.kind), text(document.key)].filter((part) => part !== '').join(' '))}`;
    case 'dispatches':
      return `Questionnaire ${id}`;
    case 'events':
      return `Event: ${first(text(document.type))}`;
  }
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
