import { fillWithDefaultSettings, type RxJsonSchema } from 'rxdb';
import { checkSchema } from 'rxdb/plugins/dev-mode';
import { describe, expect, it } from 'vitest';
import { defaultRuleCatalogueContext, validateRule } from '../../core/rules/compileRule';
import { ruleTemplates } from '../../core/rules/ruleTemplates';
import { collectionCreators } from '../../renderer/data/database';
import { storedRule } from '../../renderer/data/rules/storedRule';
import { ruleSchema } from '../../renderer/data/schemas/ruleSchema';
import { testAjv } from '../fixtures/validatedMemoryStorage';

type AnySchema = RxJsonSchema<Record<string, unknown>>;

const base = { ownerId: 'user-1', teamId: 'team-1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_001 };
const storageFields = { _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {} };

/** Every template as a stored rule, with a used run state: the shapes the store holds. */
const samples = ruleTemplates.map((template, i) => {
  const checked = validateRule({ ...template.draft, ...base, id: `rule-${i}`, version: 3 }, defaultRuleCatalogueContext());
  if (!checked.ok) throw new Error(`template ${template.id} does not validate: ${checked.error.map((p) => p.message).join('; ')}`);
  return storedRule.parse({ ...checked.value, runState: { totalRuns: 12, leadsAffected: 7, lastFiredAt: 5, lastRunAt: 6, lastScheduledRunAt: i % 2 === 0 ? null : 4 } });
});

describe('rules schema', () => {
  it('is one of the ten collections', () => {
    expect(collectionCreators.rules.schema).toBe(ruleSchema);
    expect(Object.keys(collectionCreators)).toContain('rules');
  });

  it('passes RxDB dev-mode schema checks', () => {
    expect(() => checkSchema(ruleSchema as unknown as AnySchema)).not.toThrow();
  });

  it('has every field of the stored rule model, all required', () => {
    expect(Object.keys(ruleSchema.properties).sort()).toEqual(Object.keys(storedRule.shape).sort());
    expect([...(ruleSchema.required ?? [])].sort()).toEqual(Object.keys(storedRule.shape).sort());
  });

  it('accepts every template as stored, and refuses a bad run state', () => {
    const validate = testAjv.compile(fillWithDefaultSettings(ruleSchema as unknown as AnySchema));
    expect(samples.length).toBeGreaterThanOrEqual(7);
    for (const doc of samples) expect(validate({ ...doc, ...storageFields }), JSON.stringify(validate.errors)).toBe(true);
    const [first] = samples;
    expect(validate({ ...first, runState: { ...first?.runState, totalRuns: -1 }, ...storageFields })).toBe(false);
    expect(validate({ ...first, priority: 11, ...storageFields })).toBe(false);
  });
});
