import { useEffect, useState } from 'react';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';
import { useLeadCenter } from '../../app/useLeadCenter';
import { errorText } from '../../ui/useBusyAction';

/** The groups, stages, templates and people a rule may name now; null while reading. */
export function useRuleCatalogue(): { catalogue: RuleCatalogueContext | null; error: string | null } {
  const { data } = useLeadCenter();
  const [state, setState] = useState<{ catalogue: RuleCatalogueContext | null; error: string | null }>({ catalogue: null, error: null });
  useEffect(() => {
    let live = true;
    data.rules.catalogue().then(
      (catalogue) => live && setState({ catalogue, error: null }),
      (cause: unknown) => live && setState({ catalogue: null, error: errorText(cause) }),
    );
    return () => {
      live = false;
    };
  }, [data]);
  return state;
}
