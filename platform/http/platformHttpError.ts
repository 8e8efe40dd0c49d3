import type { PlatformError } from '../../core/sync/protocol';

type Problem = NonNullable<PlatformError['problems']>[number];

/** An error the platform answers with its status and a platformError body (never a stack trace). */
export class PlatformHttpError extends Error {
  override name = 'PlatformHttpError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
  }

  body(): PlatformError {
    return { error: this.code, message: this.message, ...(this.problems ? { problems: this.problems.slice(0, 1000) } : {}) };
  }
}
