import type { FastifyError, FastifyInstance } from 'fastify';
import type { PlatformError } from '../../core/sync/protocol';
import { PlatformHttpError } from './platformHttpError';

/**
 * Every failure answers with a platformError JSON body: our own PlatformHttpError as it is, the
 * framework's body errors (malformed JSON, too large, wrong content type) as clean 4xx, anything
 * else as 500 without details (logged).
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | PlatformHttpError, request, reply) => {
    if (error instanceof PlatformHttpError) {
      return reply.status(error.statusCode).send(error.body());
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return reply.status(413).send(problem('too_large', 'The request body is larger than the platform accepts.'));
    if (status === 415) return reply.status(415).send(problem('unsupported_media_type', 'Send the body as application/json.'));
    if (status >= 400 && status < 500) {
      const malformed = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY';
      const message = malformed ? 'The request body is not valid JSON.' : 'The request could not be read.';
      return reply.status(status).send(problem('invalid_request', message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(problem('internal', 'The platform could not answer this request. Try again later.'));
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(problem('not_found', 'There is nothing at this address.')));
}

export function problem(error: string, message: string): PlatformError {
  return { error, message };
}
