/** Errors the data layer throws on purpose; the UI shows `message` as is. */

/** Input that does not satisfy the model; nothing was written. */
export class InvalidDataError extends Error {
  override readonly name = 'InvalidDataError';
  constructor(
    message: string,
    /** Every problem, as "path: message". */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/**
 * The local database was written by a newer version of the app. Opening it with this version
 * would show an empty collection (RxDB keeps each schema version in its own storage) and could
 * lose the newer data, so it is refused.
 */
export class DatabaseNewerThanAppError extends Error {
  override readonly name = 'DatabaseNewerThanAppError';
}

/** Some documents could not be written because they were changed or created elsewhere meanwhile. */
export class WriteConflictError extends Error {
  override readonly name = 'WriteConflictError';
  constructor(
    message: string,
    readonly ids: readonly string[],
  ) {
    super(message);
  }
}

/** An email move the state machine or the approval policy does not allow; the message says why. */
export class EmailRefusedError extends Error {
  override readonly name = 'EmailRefusedError';
}
