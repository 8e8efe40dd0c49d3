import { generateDemoLeads } from '../../../../core/demo/generateDemoLeads';
import type { LeadCenterData, Progress } from '../../../data/contract';

const chunkSize = 5_000;

/**
 * Generates and inserts `count` demo leads in chunks, so memory stays flat and the UI keeps
 * painting the progress bar between chunks. A fresh seed each time: ids never collide with
 * demo leads loaded (and deleted) before.
 */
export async function loadDemoLeads(data: LeadCenterData, count: number, onProgress: (progress: Progress) => void): Promise<void> {
  const seed = Date.now() % 1_000_000_000;
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
