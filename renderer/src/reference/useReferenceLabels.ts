import { useMemo } from 'react';
import { effectiveGroups } from '../../../core/settings/groupSettings';
import { effectiveStages } from '../../../core/settings/stageSettings';
import { useLeadSettings } from '../lead-settings/useLeadSettings';
import { labelsFor, type ReferenceLabels } from './referenceLabels';

/** Group and stage names for display, following the seller's renames and own groups. */
export function useReferenceLabels(): ReferenceLabels {
  const { settings } = useLeadSettings();
  return useMemo(() => labelsFor(effectiveGroups(settings.groups), effectiveStages(settings.stages)), [settings.groups, settings.stages]);
}
