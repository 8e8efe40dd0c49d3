import type { LeadCenterData } from '../../data/contract';
import { tagCatalogueConfig, type TagCatalogue } from './tagCatalogueConfig';

/** Adds new tags to the catalogue (case-insensitively unique, sorted). */
export async function addToTagCatalogue(data: LeadCenterData, tags: readonly string[]): Promise<void> {
  const current = (await data.getConfig<TagCatalogue>(tagCatalogueConfig.kind, tagCatalogueConfig.key))?.tags ?? [];
  const known = new Set(current.map((tag) => tag.toLowerCase()));
  const added = tags.map((tag) => tag.trim()).filter((tag) => tag && !known.has(tag.toLowerCase()));
  if (added.length === 0) return;
  const next = [...current, ...new Set(added)].sort((a, b) => a.localeCompare(b));
  await data.setConfig<TagCatalogue>(tagCatalogueConfig.kind, tagCatalogueConfig.key, { tags: next });
}
