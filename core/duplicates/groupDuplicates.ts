import { pairKey } from './pairKey';
import { duplicateLinkKinds, type DuplicateLink, type DuplicateLinkKind } from './scanDuplicates';

/** Leads that are probably one buyer, with what links them. */
export interface DuplicateGroup {
  /** The smallest lead id: stable while the group keeps that lead. */
  key: string;
  /** Sorted. */
  leadIds: string[];
  /** What links them, strongest first. */
  links: DuplicateLink[];
  /** Pairs inside the group the seller said are not duplicates (linked through a third lead). */
  dismissedPairs: [string, string][];
}

/** Strength of a kind: email beats phone beats name at the company beats look-alikes. */
export function linkStrength(kind: DuplicateLinkKind): number {
  return duplicateLinkKinds.length - duplicateLinkKinds.indexOf(kind);
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    // Path compression keeps later finds short.
    for (let at = id; at !== root; ) {
      const next = this.parent.get(at) as string;
      this.parent.set(at, root);
      at = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller id leads: the outcome does not depend on the order of unions.
    if (ra !== rb) {
      if (ra < rb) this.parent.set(rb, ra);
      else this.parent.set(ra, rb);
    }
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Joins linked leads into groups (a shares an email with b, b a phone with c: one group), leaving
 * out the pairs the seller dismissed as not duplicates (`dismissed` holds pairKey values). A link
 * whose pairs are all dismissed no longer joins anyone. Groups come strongest first, then larger,
 * then by key. Linear in the links, so it is rerun at once after every dismissal.
 */
export function groupDuplicates(links: readonly DuplicateLink[], dismissed: ReadonlySet<string> = new Set()): DuplicateGroup[] {
  const dismissedIds = new Set<string>();
  for (const key of dismissed) for (const id of key.split('\u0000')) dismissedIds.add(id);
  const sets = new UnionFind();
  const live: DuplicateLink[] = [];
  for (const link of links) {
    const ids = link.leadIds;
    if (!ids.some((id) => dismissedIds.has(id))) {
      for (let i = 1; i < ids.length; i++) sets.union(ids[0] as string, ids[i] as string);
      live.push(link);
      continue;
    }
    // Some of its leads have dismissals: join only the pairs still open.
    const kept = new Set<string>();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        if (dismissed.has(pairKey(a, b))) continue;
        sets.union(a, b);
        kept.add(a).add(b);
      }
    }
    if (kept.size >= 2) live.push({ ...link, leadIds: ids.filter((id) => kept.has(id)) });
  }

  const groups = new Map<string, { ids: Set<string>; links: DuplicateLink[] }>();
  for (const link of live) {
    const root = sets.find(link.leadIds[0] as string);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { ids: new Set(), links: [] }));
    for (const id of link.leadIds) group.ids.add(id);
    group.links.push(link);
  }

  const result: DuplicateGroup[] = [];
  for (const group of groups.values()) {
    const leadIds = [...group.ids].sort(byText);
    const dismissedPairs: [string, string][] = [];
    if (leadIds.some((id) => dismissedIds.has(id))) {
      for (let i = 0; i < leadIds.length; i++) {
        for (let j = i + 1; j < leadIds.length; j++) {
          if (dismissed.has(pairKey(leadIds[i] as string, leadIds[j] as string))) dismissedPairs.push([leadIds[i] as string, leadIds[j] as string]);
        }
      }
    }
    const sortedLinks = [...group.links].sort(
      (a, b) => linkStrength(b.kind) - linkStrength(a.kind) || b.similarity - a.similarity || byText(a.leadIds.join(','), b.leadIds.join(',')),
    );
    result.push({ key: leadIds[0] as string, leadIds, links: sortedLinks, dismissedPairs });
  }
  const strongest = (group: DuplicateGroup): number => linkStrength(group.links[0]?.kind ?? 'similar-company');
  return result.sort((a, b) => strongest(b) - strongest(a) || b.leadIds.length - a.leadIds.length || byText(a.key, b.key));
}
