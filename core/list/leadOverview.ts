import { engagementRank, temperatureRank, engagementLevelsHottestFirst, temperaturesHottestFirst } from './levelRanks';
import { notAssessed, type EngagementFilterValue, type ListRow, type Temperature } from './types';

/** Score buckets of 10 points: 0–9, 10–19, … 80–89, and 90–100 (100 belongs to the last). */
export const scoreBucketCount = 10;

export interface ScoreBucket {
  /** Lowest score in the bucket. */
  from: number;
  /** Highest score in the bucket (inclusive; scores may have decimals, so "below to + 1"). */
  to: number;
  label: string;
  count: number;
}

/** The Leads Overview's numbers for a set of list rows. */
export interface LeadOverview {
  total: number;
  /** Every group present, most leads first (ties by group id). */
  groups: { group: string; count: number }[];
  scoreBuckets: ScoreBucket[];
  /** All four temperatures, hottest first, zero counts included. */
  temperatures: { temperature: Temperature; count: number }[];
  /** All five levels hottest first, then "not assessed"; zero counts included. */
  engagementLevels: { level: EngagementFilterValue; count: number }[];
}

/** The bucket index of a score; out-of-range and non-numeric scores land in the nearest end. */
export function scoreBucketOf(score: number): number {
  if (!(score > 0)) return 0; // also NaN
  return Math.min(scoreBucketCount - 1, Math.floor(score / 10));
}

/**
 * Counts rows per group, score bucket, temperature and engagement level in one pass with no
 * per-row allocation (100,000 rows take a few milliseconds), so the Overview can recount on
 * every change of the list.
 */
export function summariseLeads(rows: readonly ListRow[]): LeadOverview {
  const buckets = new Int32Array(scoreBucketCount);
  const temperatureCounts = new Int32Array(temperaturesHottestFirst.length);
  // Index 0…4 by engagement rank, 5 = not assessed.
  const engagementCounts = new Int32Array(engagementLevelsHottestFirst.length + 1);
  const notAssessedIndex = engagementLevelsHottestFirst.length;
  const groupCounts = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as ListRow;
    buckets[scoreBucketOf(row.score)]! += 1;
    const temperature = temperatureRank[row.temperature];
    if (temperature !== undefined) temperatureCounts[temperature]! += 1;
    const level = row.engagementLevel === null ? undefined : engagementRank[row.engagementLevel];
    engagementCounts[level ?? notAssessedIndex]! += 1;
    groupCounts.set(row.group, (groupCounts.get(row.group) ?? 0) + 1);
  }
  const groups = [...groupCounts].map(([group, count]) => ({ group, count }));
  groups.sort((a, b) => b.count - a.count || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  return {
    total: rows.length,
    groups,
    scoreBuckets: Array.from(buckets, (count, index) => {
      const from = index * 10;
      const to = index === scoreBucketCount - 1 ? 100 : from + 9;
      return { from, to, label: `${from}–${to}`, count };
    }),
    temperatures: temperaturesHottestFirst.map((temperature) => ({ temperature, count: temperatureCounts[temperatureRank[temperature]] as number })),
    engagementLevels: [
      ...engagementLevelsHottestFirst.map((level) => ({ level, count: engagementCounts[engagementRank[level]] as number })),
      { level: notAssessed, count: engagementCounts[notAssessedIndex] as number },
    ],
  };
}
