import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { messagePage, pageHeaders } from './html';
import type { PublicDeps } from './publicDeps';
import { answeredPage, dispatchState, expiredPage, formPage, missingPage, submitAnswers, tokenPattern, type PageAnswer } from './questionnairePage';
import { confirmUnsubscribePage, emailsOfToken, unknownUnsubscribePage, unsubscribe, unsubscribedPage, unsubscribeTokenPattern } from './unsubscribePage';

export type { PublicDeps } from './publicDeps';

const tokenParam = z.object({ token: z.string().max(300) });

/** Forms are small: a questionnaire of 200 long answers stays far below this. */
const formBodyLimit = 256 * 1024;

function send(reply: FastifyReply, answer: PageAnswer): FastifyReply {
  return reply.status(answer.status).headers(pageHeaders).send(answer.html);
}

const troublePage = (): PageAnswer => ({ status: 500, html: messagePage('Something went wrong on our side', 'Nothing was saved. Please try again in a few minutes.') });

/**
 * The buyer's pages: the questionnaire at /q/:token and the unsubscribe page at /u/:token.
 * Server-rendered, no script, every text escaped; failures answer with a page, never JSON.
 */
export function registerPublicRoutes(app: FastifyInstance, deps: PublicDeps): void {
  const now = deps.now ?? Date.now;

  // Own scope: the form parser and the HTML error page apply to these routes only.
  void app.register(async (scope) => {
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) await scope.register(formbody, { bodyLimit: formBodyLimit });
    scope.setErrorHandler((error: { statusCode?: number }, request, reply) => {
      const status = error.statusCode ?? 500;
      if (status >= 500) request.log.error({ err: error }, 'public page failed');
      if (status === 413) return send(reply, { status, html: messagePage('That is too much text', 'Please shorten your answers and send them again.') });
      if (status >= 400 && status < 500) return send(reply, { status, html: messagePage('We could not read what was sent', 'Please go back, check the form and send it again.') });
      return send(reply, troublePage());
    });

    scope.get('/q/:token', async (request, reply) => {
      const token = tokenParam.safeParse(request.params).data?.token ?? '';
      if (!tokenPattern.test(token)) return send(reply, missingPage());
      const state = await deps.store.platformWrite(async (tx) => dispatchState(await tx.findBy('dispatches', 'token', token), now()));
      switch (state.kind) {
        case 'missing':
          return send(reply, missingPage());
        case 'expired':
          return send(reply, expiredPage());
        case 'answered':
          return send(reply, answeredPage(200));
        case 'open':
          return send(reply, formPage(state.dispatch));
      }
    });

    scope.post('/q/:token', { bodyLimit: formBodyLimit }, async (request, reply) => {
      const token = tokenParam.safeParse(request.params).data?.token ?? '';
      if (!tokenPattern.test(token)) return send(reply, missingPage());
      // Read, check and write under the store's write lock: two submissions at once, one wins.
      const outcome = await deps.store.platformWrite(async (tx) => {
        const at = now();
        const result = submitAnswers(dispatchState(await tx.findBy('dispatches', 'token', token), at), request.body, at);
        if (result.kind === 'write') await tx.write('dispatches', result.document);
        return result;
      });
      if (outcome.kind === 'write') {
        request.log.info({ event: 'questionnaire_answered', dispatchId: outcome.document.id, ownerId: outcome.document.ownerId }, 'questionnaire answered');
      }
      return send(reply, outcome.page);
    });

    scope.get('/u/:token', async (request, reply) => {
      const token = tokenParam.safeParse(request.params).data?.token ?? '';
      if (!unsubscribeTokenPattern.test(token)) return send(reply, unknownUnsubscribePage());
      const emails = await deps.store.platformWrite(async (tx) => emailsOfToken(await tx.findBy('emails', 'unsubscribeToken', token)));
      return send(reply, emails.length === 0 ? unknownUnsubscribePage() : confirmUnsubscribePage(emails));
    });

    // The confirm button, and mail clients' one-click unsubscribe (RFC 8058) alike.
    scope.post('/u/:token', { bodyLimit: 16 * 1024 }, async (request, reply) => {
      const token = tokenParam.safeParse(request.params).data?.token ?? '';
      if (!unsubscribeTokenPattern.test(token)) return send(reply, unknownUnsubscribePage());
      const result = await deps.store.platformWrite(async (tx) => {
        const emails = emailsOfToken(await tx.findBy('emails', 'unsubscribeToken', token));
        return { found: emails.length, changed: emails.length === 0 ? 0 : await unsubscribe(tx, emails, now()) };
      });
      if (result.found === 0) return send(reply, unknownUnsubscribePage());
      request.log.info({ event: 'unsubscribed', leadsChanged: result.changed }, 'buyer unsubscribed');
      return send(reply, unsubscribedPage());
    });
  });
}
