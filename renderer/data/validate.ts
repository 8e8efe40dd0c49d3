import type { z } from 'zod';
import { InvalidDataError } from './errors';

/**
 * Parses `value` with a model schema before it is written; refuses it with every problem in
 * plain words. This is the validation at the boundary: RxDB itself runs no validator (the
 * runtime-compiling ones break under the app's CSP, see DESIGN.md).
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  throw new InvalidDataError(`Invalid ${what}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`, problems);
}
