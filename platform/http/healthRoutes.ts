import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';

/** GET /health: 200 when the database answers, 503 when it does not. */
export function registerHealthRoutes(app: FastifyInstance, db: Database): void {
  app.get('/health', async (request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', database: db.kind };
    } catch (error) {
      request.log.warn({ err: error }, 'database does not answer');
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
}
