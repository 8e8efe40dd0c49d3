import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { AttachmentFile, LibraryAttachment } from '../../../core/desktop-api';
import { readTextIfExists, writeFileAtomic } from './atomicFile';

export const maxAttachmentBytes = 10 * 1024 * 1024;
export const attachmentsDirName = 'attachments';
const indexFileName = 'index.json';

/** Ids are ours (UUIDs); anything else never reaches the file system. */
const attachmentId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;
const mimeType = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/i;

const libraryAttachment = z.object({
  id: z.string().regex(attachmentId),
  fileName: z.string().min(1),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  addedAt: z.number(),
});
const libraryIndex = z.object({ version: z.literal(1), attachments: z.array(libraryAttachment) });

export class AttachmentRefused extends Error {}

/**
 * A file name safe to keep and to put in a MIME header: no path parts, control characters or
 * quotes, no leading dots, at most 200 characters; "attachment" when nothing is left.
 */
export function sanitiseFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  const short = cleaned.length > 200 ? cleaned.slice(cleaned.length - 200) : cleaned;
  return short === '' ? 'attachment' : short;
}

export interface AttachmentLibrary {
  list(): Promise<LibraryAttachment[]>;
  add(file: AttachmentFile): Promise<LibraryAttachment>;
  remove(id: string): Promise<{ removed: boolean }>;
  /** The file and its bytes, or null when the id is not in the library. */
  read(id: string): Promise<(LibraryAttachment & { content: Buffer }) | null>;
}

/** Files the user adds, kept in dataDir/attachments/<id>, listed in attachments/index.json. */
export function createAttachmentLibrary(dataDir: string, clock: () => number): AttachmentLibrary {
  const dir = path.join(dataDir, attachmentsDirName);
  const indexFile = path.join(dir, indexFileName);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function readIndex(): Promise<LibraryAttachment[]> {
    const text = await readTextIfExists(indexFile);
    if (text === null) return [];
    const parsed = libraryIndex.safeParse(JSON.parse(text));
    if (!parsed.success) {
      console.warn(`${indexFile} is damaged; the attachment library shows as empty`);
      return [];
    }
    return parsed.data.attachments;
  }

  const writeIndex = (attachments: LibraryAttachment[]): Promise<void> =>
    writeFileAtomic(indexFile, `${JSON.stringify({ version: 1, attachments }, null, 2)}\n`);

  return {
    list: async () => [...(await readIndex())].sort((a, b) => a.addedAt - b.addedAt),

    add: (file) =>
      serial(async () => {
        const data = file.dataBase64.replace(/\s+/g, '');
        if (!base64.test(data) || data.length % 4 === 1) throw new AttachmentRefused('The file is not valid base64');
        const content = Buffer.from(data, 'base64');
        if (content.byteLength > maxAttachmentBytes) {
          throw new AttachmentRefused(`"${file.fileName}" is larger than 10 MB; attach a smaller file`);
        }
        const type = (file.contentType ?? '').trim();
        const entry: LibraryAttachment = {
          id: randomUUID(),
          fileName: sanitiseFileName(file.fileName),
          contentType: mimeType.test(type) ? type.toLowerCase() : 'application/octet-stream',
          size: content.byteLength,
          addedAt: clock(),
        };
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFileAtomic(path.join(dir, entry.id), content);
        await writeIndex([...(await readIndex()), entry]);
        return entry;
      }),

    remove: (id) =>
      serial(async () => {
        if (!attachmentId.test(id)) return { removed: false };
        const attachments = await readIndex();
        const kept = attachments.filter((entry) => entry.id !== id);
        if (kept.length === attachments.length) return { removed: false };
        await writeIndex(kept);
        await rm(path.join(dir, id), { force: true });
        return { removed: true };
      }),

    async read(id) {
      if (!attachmentId.test(id)) return null;
      const entry = (await readIndex()).find((candidate) => candidate.id === id);
      if (!entry) return null;
      try {
        return { ...entry, content: await readFile(path.join(dir, id)) };
      } catch {
        return null;
      }
    },
  };
}
