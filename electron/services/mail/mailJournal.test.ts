import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mailJournalFileName, openMailJournal, parseJournal, type JournalRecord } from './mailJournal';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lc-journal-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const attempting: JournalRecord = { messageId: '<a@x.com>', at: 1, state: 'attempting' };
const accepted: JournalRecord = { messageId: '<a@x.com>', at: 2, state: 'accepted', response: '250 OK' };
const line = (record: JournalRecord) => `${JSON.stringify(record)}\n`;

describe('parseJournal', () => {
  it('reads complete lines in order', () => {
    const text = line(attempting) + line(accepted);
    expect(parseJournal(text)).toEqual({ records: [attempting, accepted], validLength: text.length, skipped: 0 });
  });

  it('drops a torn last line and says where the next record starts', () => {
    const text = `${line(attempting)}{"messageId":"<a@x.com>","at":2,"sta`;
    expect(parseJournal(text)).toEqual({ records: [attempting], validLength: line(attempting).length, skipped: 0 });
  });

  it('skips damaged or unknown lines in the middle, counting them', () => {
    const text = `${line(attempting)}not json\n{"messageId":"<b@x.com>","at":1,"state":"sent"}\n\n${line(accepted)}`;
    const parsed = parseJournal(text);
    expect(parsed.records).toEqual([attempting, accepted]);
    expect(parsed.skipped).toBe(2);
  });

  it('reads an empty journal', () => {
    expect(parseJournal('')).toEqual({ records: [], validLength: 0, skipped: 0 });
  });
});

describe('openMailJournal', () => {
  it('appends records to disk and answers the last one per Message-ID', async () => {
    const journal = await openMailJournal(dir);
    expect(journal.last('<a@x.com>')).toBeUndefined();
    await journal.append(attempting);
    await journal.append({ messageId: '<b@x.com>', at: 1, state: 'failed', retryable: true, error: '451' });
    await journal.append(accepted);
    expect(journal.last('<a@x.com>')).toEqual(accepted);
    expect(journal.last('<b@x.com>')).toMatchObject({ state: 'failed' });
    await journal.close();
    const text = await readFile(path.join(dir, mailJournalFileName), 'utf8');
    expect(text.trim().split('\n')).toHaveLength(3);
  });

  it('loads what an earlier run wrote', async () => {
    const first = await openMailJournal(dir);
    await first.append(attempting);
    await first.close();
    const second = await openMailJournal(dir);
    expect(second.last('<a@x.com>')).toEqual(attempting);
    await second.close();
  });

  it('cuts a torn tail so the next record is a line of its own', async () => {
    await writeFile(path.join(dir, mailJournalFileName), `${line(attempting)}{"messageId":"<a@x.com>","at":2,"state":"acc`);
    const journal = await openMailJournal(dir);
    expect(journal.last('<a@x.com>')).toEqual(attempting);
    await journal.append(accepted);
    await journal.close();
    expect(await readFile(path.join(dir, mailJournalFileName), 'utf8')).toBe(line(attempting) + line(accepted));
  });

  it('warns about unreadable records without stopping', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(path.join(dir, mailJournalFileName), `garbage\n${line(attempting)}`);
    const journal = await openMailJournal(dir);
    expect(journal.last('<a@x.com>')).toEqual(attempting);
    expect(warn).toHaveBeenCalledOnce();
    await journal.close();
  });

  it('keeps records whole when many are appended at once', async () => {
    const journal = await openMailJournal(dir);
    const ids = Array.from({ length: 50 }, (_, index) => `<m${index}@x.com>`);
    await Promise.all(ids.map((messageId, at) => journal.append({ messageId, at, state: 'attempting' })));
    await journal.close();
    const parsed = parseJournal(await readFile(path.join(dir, mailJournalFileName), 'utf8'));
    expect(parsed.records.map((record) => record.messageId).sort()).toEqual([...ids].sort());
    expect(parsed.skipped).toBe(0);
  });

  it('refuses a record that breaks the schema, and refuses writes after close', async () => {
    const journal = await openMailJournal(dir);
    await expect(journal.append({ messageId: '', at: 1, state: 'attempting' })).rejects.toThrow();
    await journal.close();
    await expect(journal.append(attempting)).rejects.toThrow(/closed/);
  });

  it('ignores text appended by hand without a newline until it is completed', async () => {
    const file = path.join(dir, mailJournalFileName);
    await writeFile(file, line(attempting));
    await appendFile(file, '{"partial":');
    const journal = await openMailJournal(dir);
    expect(journal.last('<a@x.com>')).toEqual(attempting);
    await journal.close();
  });
});

describe('openMailJournal: the data folder', () => {
  it('creates a missing data folder that only its owner can open', async () => {
    const nested = path.join(dir, 'new', 'data');
    const journal = await openMailJournal(nested);
    await journal.close();
    expect((await stat(nested)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(nested, mailJournalFileName))).mode & 0o777).toBe(0o600);
  });
});
