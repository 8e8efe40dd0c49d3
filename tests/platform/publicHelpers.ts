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
