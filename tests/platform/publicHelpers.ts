import type { ReplicatedCollection, WireDocument } from '../../core/sync/protocol';
import { pullResponse } from '../../core/sync/protocol';
import type { TestPlatform } from '../fixtures/platformServer';

/** Everything a signed-in user pulls of a collection from the beginning (as the app's first sync would). */
export async function pullAll(platform: TestPlatform, token: string, collection: ReplicatedCollection): Promise<WireDocument[]> {
  const documents: WireDocument[] = [];
  let checkpoint: { sequence: number } | null = null;
  for (;;) {
    const reply = await platform.call('POST', `/sync/${collection}/pull`, { token, body: { checkpoint, batchSize: 500 } });
    if (reply.status !== 200) throw new Error(`pull ${collection}: ${reply.status} ${JSON.stringify(reply.body)}`);
    const page = pullResponse.parse(reply.body);
    documents.push(...page.documents);
    if (page.documents.length === 0) return documents;
    checkpoint = page.checkpoint;
  }
}

/** A form post, as a browser sends it. */
export async function postForm(url: string, fields: [string, string][]): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

export async function getPage(url: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** Pushes new documents as their owner's app would; throws unless all were written. */
export async function pushNew(platform: TestPlatform, token: string, collection: ReplicatedCollection, documents: WireDocument[]): Promise<void> {
  const reply = await platform.call('POST', `/sync/${collection}/push`, { token, body: { rows: documents.map((newDocumentState) => ({ assumedMasterState: null, newDocumentState })) } });
  if (reply.status !== 200 || (reply.body as { conflicts: unknown[] }).conflicts.length > 0) throw new Error(`push ${collection}: ${reply.status} ${JSON.stringify(reply.body)}`);
}

/** The elements of a page with their attribute names (quoted values skipped as HTML parsers do). */
export function tagsOf(html: string): { name: string; attributes: string[] }[] {
  const tags: { name: string; attributes: string[] }[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attributes = [...(match[2] ?? '').matchAll(/\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)].map((a) => (a[1] ?? '').toLowerCase());
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
  return tags;
}

/** Nothing in the page would run or load: no script-capable element, no event-handler attribute, no javascript: URL. */
export function expectInert(html: string): void {
  const tags = tagsOf(html);
  const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'div', 'h1', 'h2', 'p', 'form', 'fieldset', 'legend', 'label', 'input', 'textarea', 'button', 'span', 'strong', 'ul', 'li', 'a']);
  for (const tag of tags) {
    if (!allowed.has(tag.name)) throw new Error(`unexpected element <${tag.name}> in the page`);
    const handler = tag.attributes.find((a) => a.startsWith('on') || a === 'src' || a === 'srcdoc' || a === 'formaction' || a === 'style');
    if (handler) throw new Error(`unexpected attribute ${handler} on <${tag.name}>`);
  }
  // Every '<' of the page opens one of the tags above (or closes one, or is the doctype): none hides in text.
  const opened = (html.match(/<(?!\/|!doctype)/gi) ?? []).length;
  if (opened !== tags.length) throw new Error(`${opened - tags.length} '<' outside recognised tags`);
  if (/javascript:/i.test(html)) throw new Error('javascript: in the page');
}
