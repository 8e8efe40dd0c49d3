import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { loginRequest } from '../../core/sync/protocol';
import { PlatformHttpError } from '../http/platformHttpError';
import { unstorableText } from '../store/validateDocument';
import { bearerToken, requireUser, userOf } from './requireUser';
import type { UserDirectory } from './userDirectory';

const userIdParam = z.object({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:@-]+$/) });

/** /auth/login, /auth/logout, /auth/me and the admin's revoke-tokens. */
export function registerAuthRoutes(app: FastifyInstance, users: UserDirectory): void {
  app.post('/auth/login', { bodyLimit: 16 * 1024 }, async (request) => {
    const parsed = loginRequest.safeParse(request.body);
    if (!parsed.success || unstorableText(parsed.data)) throw new PlatformHttpError(400, 'invalid_request', 'Send an email and a password.');
    const login = await users.login(parsed.data.email, parsed.data.password);
    // One message for an unknown email and a wrong password: the answer does not say which emails exist.
    if (!login) {
      request.log.info({ event: 'login_failed' }, 'login refused');
      throw new PlatformHttpError(401, 'invalid_credentials', 'The email or the password is not right.');
    }
    request.log.info({ event: 'login', userId: login.user.id }, 'signed in');
    return login;
  });

  app.post('/auth/logout', { preHandler: requireUser(users) }, async (request, reply) => {
    const token = bearerToken(request.headers.authorization);
    if (token) await users.revokeToken(token);
    request.log.info({ event: 'logout', userId: userOf(request).id }, 'signed out');
    return reply.status(204).send();
  });

  app.get('/auth/me', { preHandler: requireUser(users) }, async (request) => userOf(request));

  app.post('/admin/users/:id/revoke-tokens', { preHandler: requireUser(users, ['admin']) }, async (request) => {
    const params = userIdParam.safeParse(request.params);
    if (!params.success) throw new PlatformHttpError(400, 'invalid_request', 'Which user?');
    if (!(await users.findUser(params.data.id))) throw new PlatformHttpError(404, 'unknown_user', 'There is no user with this id.');
    const revoked = await users.revokeUserTokens(params.data.id);
    request.log.info({ event: 'tokens_revoked', userId: params.data.id, revoked, by: userOf(request).id }, 'tokens revoked');
    return { revoked };
  });
}
