import type { RuleExecutionMode } from '../../../../core/model/rule';
import { formatDuration } from './durations';

/** The execution mode in a few words for the rules list ("Every 3 days for 14 days"). */
export function modeLabel(mode: RuleExecutionMode): string {
  switch (mode.kind) {
    case 'one_time':
      return 'Once per lead';
    case 'periodic':
      return `Every ${formatDuration(mode.everyMs)}`;
    case 'in_cycle':
      return `Every ${formatDuration(mode.everyMs)} for ${formatDuration(mode.forMs)}`;
  }
}
