import { z } from 'zod';
import { leadGroups, type LeadGroupDefinition } from '../reference/leadGroups';

/**
 * Seed 002's eight groups plus the seller's own. Default groups can be renamed but not removed
 * (rules and the email suppression rely on their ids); user groups can be added and removed.
 */

const groupId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_]+$/, 'group ids use lower-case letters, digits and _');
const groupName = z.string().trim().min(1, 'give the group a name').max(60);

export const customGroup = z.object({
  id: groupId,
  name: groupName,
  description: z.string().max(500).default(''),
  suppressesEmail: z.boolean().default(false),
});
export type CustomGroup = z.infer<typeof customGroup>;

export const groupSettings = z
  .object({
    /** New names for default groups, by id. */
    names: z.record(groupId, groupName).default({}),
    custom: z.array(customGroup).max(100).default([]),
  })
  .refine((s) => s.custom.every((g) => !leadGroups.some((d) => d.id === g.id)), {
    message: 'a custom group cannot reuse the id of a default group',
    path: ['custom'],
  })
  .refine((s) => new Set(s.custom.map((g) => g.id)).size === s.custom.length, { message: 'each custom group id appears once', path: ['custom'] })
  .refine(
    (s) => {
      const names = [...leadGroups.map((g) => s.names[g.id] ?? g.name), ...s.custom.map((g) => g.name)].map((n) => n.toLowerCase());
      return new Set(names).size === names.length;
    },
    { message: 'two groups have the same name', path: ['names'] },
  );
export type GroupSettings = z.infer<typeof groupSettings>;

export const defaultGroupSettings: GroupSettings = { names: {}, custom: [] };

export interface EffectiveGroup extends LeadGroupDefinition {
  custom: boolean;
}

/** The groups a seller sees, in order: the defaults (renamed where set), then their own. */
export function effectiveGroups(settings: GroupSettings): EffectiveGroup[] {
  const defaults = [...leadGroups]
    .sort((a, b) => a.order - b.order)
    .map((g) => ({ ...g, name: settings.names[g.id] ?? g.name, custom: false }));
  const own = settings.custom.map((g, i) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    tooltip: g.description,
    order: defaults.length + i + 1,
    suppressesEmail: g.suppressesEmail,
    custom: true,
  }));
  return [...defaults, ...own];
}

/** A stable id for a new group from its name ("Trade show 2026" → "trade_show_2026", "_2" if taken). */
export function newGroupId(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 56) || 'group';
  const used = new Set([...taken, ...leadGroups.map((g) => g.id)]);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}
