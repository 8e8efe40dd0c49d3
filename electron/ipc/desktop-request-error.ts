export type DesktopRequestErrorCode = 'untrusted-sender' | 'unknown-channel' | 'invalid-arguments';

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
