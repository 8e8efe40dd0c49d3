import { demoSeedArgs, parseDemoSeedRequest } from '../../core/demo/demoSeedRequest';
import { appEntryUrl } from '../security/app-origin';

/**
 * The URL the window opens. `electron . --leads N [--seed S]` (what `npm run seed-demo` runs)
 * asks the renderer to fill an empty database with demo leads; anything malformed is dropped
 * with a message rather than passed on.
 */
export function entryUrlFor(argv: readonly string[], warn: (message: string) => void = () => undefined): string {
  const request = parseDemoSeedRequest(demoSeedArgs(argv));
  if (request === null) return appEntryUrl;
  if (!request.ok) {
    warn(`Ignoring the demo data request: ${request.error}`);
    return appEntryUrl;
  }
  return `${appEntryUrl}?seed-demo=${request.value.count}&seed=${request.value.seed}`;
}
