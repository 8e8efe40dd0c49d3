import type { BulkWriteRow, RxDocumentData } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { firstLoadContext, fromPlatformKey, isUnchangedFromPlatform, keepBaseOnLocalWrite, platformBaseKey, platformBaseOf } from './platformBase';

type Doc = { id: string; jobTitle: string };
const stored = (jobTitle: string, meta: Record<string, unknown>): RxDocumentData<Doc> =>
  ({ id: 'lead-1', jobTitle, _deleted: false, _rev: '1-a', _attachments: {}, _meta: { lwt: 1, ...meta } }) as RxDocumentData<Doc>;

describe('keepBaseOnLocalWrite', () => {
  it('keeps a loaded document’s state as the base on its first local write and drops the mark', () => {
    const previous = stored('', { [fromPlatformKey]: 1 });
    const rows: BulkWriteRow<Doc>[] = [{ previous, document: stored('Buyer', { [fromPlatformKey]: 1 }) }];
    keepBaseOnLocalWrite(rows, 'rx-document-save-data');
    const written = rows[0]?.document as RxDocumentData<Doc>;
    expect(isUnchangedFromPlatform(written)).toBe(false);
    expect(platformBaseOf(written)).toEqual({ id: 'lead-1', jobTitle: '', _deleted: false });
    expect(written.jobTitle).toBe('Buyer');
  });

  it('leaves the replication’s and the load’s own writes, new documents and unmarked ones alone', () => {
    const marked = () => stored('', { [fromPlatformKey]: 1 });
    for (const context of ['replication-downstream-abc', 'replication-up-write-conflict', firstLoadContext]) {
      const rows: BulkWriteRow<Doc>[] = [{ previous: marked(), document: marked() }];
      keepBaseOnLocalWrite(rows, context);
      expect(isUnchangedFromPlatform(rows[0]?.document as RxDocumentData<Doc>)).toBe(true);
    }
    const inserted: BulkWriteRow<Doc>[] = [{ document: marked() }];
    keepBaseOnLocalWrite(inserted, 'rx-collection-bulk-insert');
    expect(isUnchangedFromPlatform(inserted[0]?.document as RxDocumentData<Doc>)).toBe(true);
    const plain: BulkWriteRow<Doc>[] = [{ previous: stored('', {}), document: stored('x', {}) }];
    keepBaseOnLocalWrite(plain, 'lead-center-edit');
    expect(platformBaseOf(plain[0]?.document as RxDocumentData<Doc>)).toBeNull();
  });

  it('does not move the base again on later writes', () => {
    const edited = stored('Buyer', { [platformBaseKey]: { id: 'lead-1', jobTitle: '', _deleted: false } });
    const rows: BulkWriteRow<Doc>[] = [{ previous: edited, document: stored('Head buyer', { [platformBaseKey]: { id: 'lead-1', jobTitle: '', _deleted: false } }) }];
    keepBaseOnLocalWrite(rows, 'lead-center-edit');
    expect(platformBaseOf(rows[0]?.document as RxDocumentData<Doc>)).toEqual({ id: 'lead-1', jobTitle: '', _deleted: false });
  });
});
