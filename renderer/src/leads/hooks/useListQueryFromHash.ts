import { useEffect } from 'react';
import { useLeadListStore } from '../state/useLeadListStore';
import { listQueryFromHash } from '../utils/listQueryFromHash';

/**
 * Applies a link's filters (`#/leads?engagement=HOT…`, see listQueryFromHash) to the list, then
 * drops the query from the address, so the seller's own changes are not overridden and Back works.
 */
export function useListQueryFromHash(sellerId: string): void {
  useEffect(() => {
    const apply = () => {
      const query = listQueryFromHash(window.location.hash, sellerId);
      if (query === null) return;
      // Not a saved view; the selection belonged to the list as it was.
      useLeadListStore.setState({ query, activeViewId: null, selection: new Set(), selectionAnchor: null });
      window.history.replaceState(window.history.state, '', '#/leads');
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, [sellerId]);
}
