import { generateDemoLeads } from '../../../../core/demo/generateDemoLeads';
import type { LeadCenterData, Progress } from '../../../data/contract';

const chunkSize = 5_000;

/**
 * Generates and inserts `count` demo leads in chunks, so memory stays flat and the UI keeps
 * painting the progress bar between chunks. Without a seed, a fresh one each time: ids never
 * collide with demo leads loaded (and deleted) before; `npm run seed-demo` passes its own.
 */
export async function loadDemoLeads(
  data: LeadCenterData,
  count: number,
  onProgress: (progress: Progress) => void,
  seed: number = Date.now() % 1_000_000_000,
): Promise<void> {
  const now = Date.now();
  for (let startIndex = 0; startIndex < count; startIndex += chunkSize) {
    const leads = generateDemoLeads({
      count: Math.min(chunkSize, count - startIndex),
      seed,
      now,
      ownerId: data.seller.userId,
      teamId: data.seller.teamId,
      startIndex,
    });
    await data.insertLeads(leads, (p) => onProgress({ done: startIndex + p.done, total: count }));
    onProgress({ done: startIndex + leads.length, total: count });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
