/** refused: the arguments were well formed but the service said no (e.g. a file over 10 MB). */
export type DesktopRequestErrorCode = 'untrusted-sender' | 'unknown-channel' | 'invalid-arguments' | 'refused';

/** A refused desktop request; `code` lets the HTTP host pick a status and tests assert it. */
export class DesktopRequestError extends Error {
  override readonly name = 'DesktopRequestError';

  constructor(
    readonly code: DesktopRequestErrorCode,
    message: string,
  ) {
    super(message);
  }
}
