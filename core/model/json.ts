import { z } from 'zod';

/** Plain JSON data: what rule criteria, action parameters and config payloads are made of. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const jsonValue: z.ZodType<JsonValue, JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

export const jsonObject = z.record(z.string().max(100), jsonValue);
export type JsonObject = z.infer<typeof jsonObject>;
