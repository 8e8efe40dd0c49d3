import type { ServerResponse } from 'node:http';
import type { PlatformUser, ReplicatedCollection, StreamMessage } from '../../core/sync/protocol';
import { canRead } from '../store/permissions';
import type { CommittedBatch, DocumentStore } from '../store/documentStore';

interface OpenStream {
  user: PlatformUser;
  collection: ReplicatedCollection;
  response: ServerResponse;
  /** Re-checks the token now and then: a revoked or expired token ends the stream. */
  stillSignedIn: () => Promise<boolean>;
}

/** A client that stops reading is cut off rather than buffered without end; it reconnects and pulls. */
const maxBufferedBytes = 8 * 1024 * 1024;

/**
 * The open server-sent-event streams. Each committed batch goes to every stream of its collection
 * as the documents that stream's user may read; a keep-alive comment keeps proxies from closing idle
 * streams; closeAll ends them all at shutdown.
 */
export class StreamHub {
  private readonly streams = new Set<OpenStream>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private stopped = false;

  constructor(store: DocumentStore, keepAliveMs: number) {
    this.unsubscribe = store.subscribe((batch) => this.deliver(batch));
    this.timer = setInterval(() => void this.keepAlive(), keepAliveMs);
    this.timer.unref();
  }

  get size(): number {
    return this.streams.size;
  }

  open(stream: OpenStream): void {
    const { response } = stream;
    // A stream whose sign-in check finished after shutdown began would otherwise stay open and keep
    // the server from closing: it is refused and the client reconnects to the next platform.
    if (this.stopped) {
      response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      response.end(JSON.stringify({ error: 'shutting_down', message: 'The platform is shutting down; reconnect shortly.' }));
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write(': connected\n\n');
    this.streams.add(stream);
    response.on('close', () => this.streams.delete(stream));
  }

  closeAll(): void {
    for (const stream of this.streams) stream.response.end();
    this.streams.clear();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.unsubscribe();
    this.closeAll();
  }

  private deliver(batch: CommittedBatch): void {
    for (const stream of this.streams) {
      if (stream.collection !== batch.collection) continue;
      const documents = batch.rows.filter((row) => canRead(stream.user, { ownerId: row.ownerId, teamId: row.teamId, collection: batch.collection, teamVisible: row.teamVisible })).map((row) => row.document);
      if (documents.length === 0) continue;
      const message: StreamMessage = { documents, checkpoint: batch.checkpoint };
      this.send(stream, `data: ${JSON.stringify(message)}\n\n`);
    }
  }

  private async keepAlive(): Promise<void> {
    for (const stream of [...this.streams]) {
      const signedIn = await stream.stillSignedIn().catch(() => true);
      if (!signedIn) {
        this.streams.delete(stream);
        stream.response.end();
        continue;
      }
      this.send(stream, ': keep-alive\n\n');
    }
  }

  private send(stream: OpenStream, chunk: string): void {
    if (stream.response.writableEnded || stream.response.destroyed) return;
    if (stream.response.writableLength > maxBufferedBytes) {
      this.streams.delete(stream);
      stream.response.destroy();
      return;
    }
    stream.response.write(chunk);
  }
}
