import { normalizeMangoQuery, prepareQuery, type MangoQuery, type MangoQuerySelector, type RxCollection, type RxDocumentData } from 'rxdb';

/**
 * Runs a query on a collection's storage directly: no RxDocuments, no query cache. For passes
 * over every lead (100,000 leads and a million events) the objects an RxQuery keeps alive turn
 * into second-long garbage collections on the page. Live (not deleted) documents only.
 */
export async function queryStorage<T>(collection: RxCollection<T>, query: MangoQuery<T>): Promise<RxDocumentData<T>[]> {
  const selector = { ...(query.selector ?? {}), _deleted: { $eq: false } } as MangoQuerySelector<T>;
  const schema = collection.schema.jsonSchema;
  const normalized = normalizeMangoQuery<T>(schema, { ...query, selector });
  const result = await collection.storageInstance.query(prepareQuery<T>(schema, normalized));
  return result.documents;
}
