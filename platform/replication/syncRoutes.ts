import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { maxPushBytes, maxPushRows, pullRequest, pushRequest, replicatedCollection, type ReplicatedCollection } from '../../core/sync/protocol';
import { bearerToken, requireUser, userOf } from '../auth/requireUser';
import type { UserDirectory } from '../auth/userDirectory';
import { PlatformHttpError } from '../http/platformHttpError';
import type { DocumentStore } from '../store/documentStore';
import type { StreamHub } from './streamHub';

const collectionParam = z.object({ collection: z.string() });

function collectionOf(request: FastifyRequest): ReplicatedCollection {
  const parsed = replicatedCollection.safeParse(collectionParam.safeParse(request.params).data?.collection);
  if (!parsed.success) throw new PlatformHttpError(404, 'unknown_collection', 'There is no such collection to sync.');
  return parsed.data;
}

function shapeProblem(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}

/** POST /sync/:collection/pull and /push, GET /sync/:collection/stream. */
export function registerSyncRoutes(app: FastifyInstance, deps: { store: DocumentStore; users: UserDirectory; streams: StreamHub }): void {
  const { store, users, streams } = deps;
  const signedIn = requireUser(users);

  app.post('/sync/:collection/pull', { preHandler: signedIn }, async (request) => {
    const collection = collectionOf(request);
    const parsed = pullRequest.safeParse(request.body ?? {});
    if (!parsed.success) throw new PlatformHttpError(400, 'invalid_request', `Not a pull request: ${shapeProblem(parsed.error)}`);
    return store.pull(userOf(request), collection, parsed.data.checkpoint, parsed.data.batchSize);
  });

  app.post('/sync/:collection/push', { preHandler: signedIn, bodyLimit: maxPushBytes }, async (request) => {
    const collection = collectionOf(request);
    const body = request.body;
    // Too many rows is a size problem (413), not a shape problem: the client splits and retries.
    if (typeof body === 'object' && body !== null && 'rows' in body && Array.isArray(body.rows) && body.rows.length > maxPushRows) {
      throw new PlatformHttpError(413, 'too_large', `Push at most ${maxPushRows} documents per request.`);
    }
    const parsed = pushRequest.safeParse(body);
    if (!parsed.success) throw new PlatformHttpError(400, 'invalid_request', `Not a push request: ${shapeProblem(parsed.error)}`);
    const user = userOf(request);
    const result = await store.push(user, collection, parsed.data.rows);
    request.log.info({ event: 'push', userId: user.id, collection, rows: parsed.data.rows.length, conflicts: result.conflicts.length }, 'pushed');
    return result;
  });

  app.get('/sync/:collection/stream', { preHandler: signedIn }, async (request, reply) => {
    const collection = collectionOf(request);
    const user = userOf(request);
    const token = bearerToken(request.headers.authorization) ?? '';
    reply.hijack();
    streams.open({ user, collection, response: reply.raw, stillSignedIn: async () => (await users.authenticate(token))?.id === user.id });
  });
}
