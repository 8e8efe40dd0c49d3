import type { EngagementLevel, Temperature } from './types';

/**
 * Temperatures and engagement levels sort by how warm they are, not alphabetically: ascending
 * runs cold → hot and UNRESPONSIVE → HOT.
 */
export const temperatureRank: Readonly<Record<Temperature, number>> = { cold: 0, cool: 1, warm: 2, hot: 3 };

export const engagementRank: Readonly<Record<EngagementLevel, number>> = { UNRESPONSIVE: 0, COLD: 1, INTERESTED: 2, WARM: 3, HOT: 4 };

/** Hottest first: the order menus, legends and charts list them in. */
export const temperaturesHottestFirst: readonly Temperature[] = ['hot', 'warm', 'cool', 'cold'];
export const engagementLevelsHottestFirst: readonly EngagementLevel[] = ['HOT', 'WARM', 'INTERESTED', 'COLD', 'UNRESPONSIVE'];
