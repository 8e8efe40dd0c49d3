import { z } from 'zod';

/** ISO 3166-1 alpha-2, or '' when unknown (same rule as the lead's country). */
export const countryCode = z.string().regex(/^([A-Z]{2})?$/, 'country must be an ISO 3166 alpha-2 code');
