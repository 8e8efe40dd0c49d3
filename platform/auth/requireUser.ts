import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { PlatformRole, PlatformUser } from '../../core/sync/protocol';
import { PlatformHttpError } from '../http/platformHttpError';
import type { UserDirectory } from './userDirectory';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireUser's preHandler; null on routes without it. */
    platformUser: PlatformUser | null;
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}

/** A preHandler that puts the token's PlatformUser on the request, or answers 401 (403 for a role it lacks). */
export function requireUser(users: UserDirectory, roles?: readonly PlatformRole[]): preHandlerAsyncHookHandler {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = bearerToken(request.headers.authorization);
    const user = token ? await users.authenticate(token) : null;
    if (!user) throw new PlatformHttpError(401, 'unauthorized', 'Sign in again: the token is missing, expired or revoked.');
    if (roles && !roles.includes(user.role)) throw new PlatformHttpError(403, 'forbidden', 'This needs a role your account does not have.');
    request.platformUser = user;
  };
}

/** The signed-in user of a route guarded by requireUser. */
export function userOf(request: FastifyRequest): PlatformUser {
  if (!request.platformUser) throw new PlatformHttpError(401, 'unauthorized', 'Sign in first.');
  return request.platformUser;
}
