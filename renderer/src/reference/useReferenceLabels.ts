import { referenceLabels, type ReferenceLabels } from './referenceLabels';

/**
 * Group and stage names for display. A hook so that renamed groups and stages (config kinds
 * 'groups' and 'stages') can flow in later without touching the callers.
 */
export function useReferenceLabels(): ReferenceLabels {
  return referenceLabels;
}
