import type { EmailTemplate, EmailTemplateLibrary } from '../../../../core/emails/emailTemplates';
import type { EngagementLevel } from '../../../../core/engagement/engagementSettings';

/** A fresh id for a seller's template: "my-" + the name in lower case, numbered when taken. */
export function newTemplateId(name: string, taken: readonly string[]): string {
  const base = `my-${
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'template'
  }`;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function withTemplateChange(library: EmailTemplateLibrary, id: string, patch: Partial<Omit<EmailTemplate, 'id' | 'builtIn'>>): EmailTemplateLibrary {
  return { ...library, templates: library.templates.map((t) => (t.id === id ? { ...t, ...patch } : t)) };
}

interface Added {
  library: EmailTemplateLibrary;
  id: string;
}

const levelWords = (level: EngagementLevel | null): string => level ?? 'General';

/** A new template of the seller's for `level`, with a greeting and sign-off to write between. */
export function withNewTemplate(library: EmailTemplateLibrary, level: EngagementLevel | null): Added {
  const name = `${levelWords(level)}: new template`;
  const id = newTemplateId(name, library.templates.map((t) => t.id));
  const template: EmailTemplate = {
    id,
    name,
    level,
    kind: 'follow_up',
    emailType: '',
    tone: '',
    callToAction: '',
    subject: 'Following up, {{lead.firstName}}',
    body: 'Hi {{lead.firstName}},\n\n\n\nBest regards,\n{{seller.name}}',
    attachmentIds: [],
    suggestedAttachments: [],
    builtIn: false,
  };
  return { library: { ...library, templates: [...library.templates, template] }, id };
}

/** A copy of template `id` right after it, owned by the seller (so it can be deleted). */
export function withDuplicate(library: EmailTemplateLibrary, id: string): Added | null {
  const index = library.templates.findIndex((t) => t.id === id);
  const original = library.templates[index];
  if (original === undefined) return null;
  const name = `${original.name} (copy)`.slice(0, 100);
  const copy: EmailTemplate = {
    ...original,
    id: newTemplateId(name, library.templates.map((t) => t.id)),
    name,
    attachmentIds: [...original.attachmentIds],
    suggestedAttachments: [...original.suggestedAttachments],
    builtIn: false,
  };
  const templates = [...library.templates];
  templates.splice(index + 1, 0, copy);
  return { library: { ...library, templates }, id: copy.id };
}

/** Without the seller's template `id`; built-in ones stay (restore defaults brings back edits). */
export function withoutTemplate(library: EmailTemplateLibrary, id: string): EmailTemplateLibrary {
  return { ...library, templates: library.templates.filter((t) => t.id !== id || t.builtIn) };
}

/** Text with `insert` put in place of the selection [start, end), and where the caret goes after. */
export function insertAt(text: string, start: number | null, end: number | null, insert: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start ?? text.length, text.length));
  const to = Math.max(from, Math.min(end ?? from, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

/** Problems keyed by template, in library order, each naming the template ("“HOT: quotation”: the subject is empty"). */
export function templateProblems(library: EmailTemplateLibrary, problems: ReadonlyMap<string, string>): { id: string; message: string }[] {
  const found: { id: string; message: string }[] = [];
  for (const [path, message] of problems) {
    const match = /^templates\.(\d+)(?:\.|$)/.exec(path);
    const template = match ? library.templates[Number(match[1])] : undefined;
    if (template === undefined) {
      found.push({ id: '', message });
      continue;
    }
    // Core's own messages already name the template; name it for the others.
    found.push({ id: template.id, message: message.includes(`"${template.name}"`) ? message : `“${template.name.trim() || template.id}”: ${message}` });
  }
  const order = new Map(library.templates.map((t, i) => [t.id, i]));
  return found.sort((a, b) => (order.get(a.id) ?? -1) - (order.get(b.id) ?? -1));
}
