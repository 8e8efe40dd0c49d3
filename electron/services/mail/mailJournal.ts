import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const mailJournalFileName = 'mail-journal.jsonl';

/**
 * One line of the send journal. "attempting" is on disk before SMTP is spoken to; the outcome
 * follows. An "attempting" that is the last record for its Message-ID means the app stopped
 * mid-send: the message may have arrived.
 */
export const journalRecord = z.discriminatedUnion('state', [
  z.object({ messageId: z.string().min(1), at: z.number(), state: z.literal('attempting') }),
  z.object({ messageId: z.string().min(1), at: z.number(), state: z.literal('accepted'), response: z.string() }),
  z.object({ messageId: z.string().min(1), at: z.number(), state: z.literal('failed'), retryable: z.boolean(), error: z.string() }),
  z.object({ messageId: z.string().min(1), at: z.number(), state: z.literal('uncertain'), error: z.string() }),
]);
export type JournalRecord = z.infer<typeof journalRecord>;

export interface MailJournal {
  /** The latest record for a Message-ID, if any. */
  last(messageId: string): JournalRecord | undefined;
  /** Appends one record and returns once it is on disk (fsync). */
  append(record: JournalRecord): Promise<void>;
  close(): Promise<void>;
}

/**
 * Parses the journal's text. A torn last line (the app stopped while writing it) was never
 * fsynced, so it is dropped; the returned `validLength` is where the next record should start.
 */
export function parseJournal(text: string): { records: JournalRecord[]; validLength: number; skipped: number } {
  const records: JournalRecord[] = [];
  let skipped = 0;
  let position = 0;
  let validLength = 0;
  while (position < text.length) {
    const end = text.indexOf('\n', position);
    if (end === -1) break; // torn tail: no newline, never completed
    const line = text.slice(position, end).trim();
    position = end + 1;
    validLength = position;
    if (line === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      skipped += 1;
      continue;
    }
    const parsed = journalRecord.safeParse(json);
    if (parsed.success) records.push(parsed.data);
    else skipped += 1;
  }
  return { records, validLength, skipped };
}

/** Opens (or creates) dataDir/mail-journal.jsonl and loads it into memory. */
export async function openMailJournal(dataDir: string): Promise<MailJournal> {
  // The data folder holds the secrets file too: only its owner may list it (when it is created here).
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, mailJournalFileName);
  const handle: FileHandle = await open(file, 'a+', 0o600);
  const text = await handle.readFile('utf8');
  const { records, validLength, skipped } = parseJournal(text);
  if (skipped > 0) console.warn(`${file}: ${skipped} unreadable record(s) ignored`);
  if (Buffer.byteLength(text.slice(0, validLength)) !== Buffer.byteLength(text)) {
    // Cut the torn tail so the next record starts on a line of its own.
    await handle.truncate(Buffer.byteLength(text.slice(0, validLength)));
    await handle.sync();
  }
  const latest = new Map<string, JournalRecord>();
  for (const record of records) latest.set(record.messageId, record);

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  async function write(record: JournalRecord): Promise<void> {
    if (closed) throw new Error('The mail journal is closed');
    const checked = journalRecord.parse(record);
    // "a" mode: every write goes to the end, whatever the position.
    await handle.write(`${JSON.stringify(checked)}\n`);
    await handle.sync();
    latest.set(checked.messageId, checked);
  }

  return {
    last: (messageId) => latest.get(messageId),
    append(record) {
      const next = queue.then(() => write(record));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      if (closed) return;
      await queue;
      closed = true;
      await handle.close();
    },
  };
}
