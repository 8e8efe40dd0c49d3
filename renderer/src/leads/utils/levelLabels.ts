import { notAssessed, type EngagementFilterValue, type Temperature } from '../../../../core/list/types';

const temperatureNames: Record<Temperature, string> = { hot: 'Hot', warm: 'Warm', cool: 'Cool', cold: 'Cold' };

const engagementNames: Record<EngagementFilterValue, string> = {
  HOT: 'Hot',
  WARM: 'Warm',
  INTERESTED: 'Interested',
  COLD: 'Cold',
  UNRESPONSIVE: 'Unresponsive',
  [notAssessed]: 'Not assessed',
};

/** "Hot", "Warm"…; anything unknown shows as itself. */
export function temperatureLabel(value: string): string {
  return temperatureNames[value as Temperature] ?? value;
}

/** "Hot", "Interested", … and "Not assessed" for null / 'not-assessed'. */
export function engagementLabel(value: string | null): string {
  return engagementNames[(value ?? notAssessed) as EngagementFilterValue] ?? value;
}

/** The signed-in seller's own id reads "Me"; other owners show their id until accounts bring names. */
export function ownerLabel(ownerId: string, sellerId: string): string {
  if (ownerId === '') return '(no owner)';
  return ownerId === sellerId ? 'Me' : ownerId;
}

/** Owner ids for a menu: "Me" first, then the others as they come. */
export function ownersMeFirst(owners: readonly string[], sellerId: string): string[] {
  return owners.includes(sellerId) ? [sellerId, ...owners.filter((id) => id !== sellerId)] : [...owners];
}
