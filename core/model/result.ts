/** Outcome of a check a person can fix: the clean value, or what was wrong in plain words. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const succeed = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E = string>(error: E): { ok: false; error: E } => ({ ok: false, error });
