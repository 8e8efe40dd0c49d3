import { useMemo } from 'react';
import { map } from 'rxjs';
import { useLeadCenter } from '../app/useLeadCenter';
import { useObservable } from '../ui/useObservable';
import { tagCatalogueConfig, type TagCatalogue } from './tagCatalogueConfig';

const noTags: string[] = [];

/** The tag catalogue, live. */
export function useTagCatalogue(): string[] {
  const { data } = useLeadCenter();
  const source = useMemo(
    () =>
      data
        .observeConfigKind<TagCatalogue>(tagCatalogueConfig.kind)
        .pipe(map((docs) => docs.find((doc) => doc.key === tagCatalogueConfig.key)?.data.tags ?? noTags)),
    [data],
  );
  return useObservable(source, noTags);
}
