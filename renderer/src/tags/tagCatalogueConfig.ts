/** The tag catalogue is one config document: kind 'tag-catalogue', key 'default'. */
export const tagCatalogueConfig = { kind: 'tag-catalogue', key: 'default' } as const;

export interface TagCatalogue {
  tags: string[];
}
