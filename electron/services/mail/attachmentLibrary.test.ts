import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentRefused, attachmentsDirName, createAttachmentLibrary, maxAttachmentBytes, sanitiseFileName } from './attachmentLibrary';

let dir: string;
let now = 1000;
const clock = () => now++;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lc-attachments-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('sanitiseFileName', () => {
  it.each([
    ['price list.pdf', 'price list.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\sam\\quote.xlsx', 'quote.xlsx'],
    ['.hidden', 'hidden'],
    ['a\r\nContent-Type: x.pdf', 'aContent-Type x.pdf'],
    ['"quoted"<x>.txt', 'quotedx.txt'],
    ['..', 'attachment'],
    ['   ', 'attachment'],
  ])('%j → %j', (input, expected) => {
    expect(sanitiseFileName(input)).toBe(expected);
  });

  it('keeps the end (and so the extension) of a very long name', () => {
    const name = sanitiseFileName(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('createAttachmentLibrary', () => {
  it('adds, lists in the order added, reads back and removes files', async () => {
    const library = createAttachmentLibrary(dir, clock);
    const first = await library.add({ fileName: 'catalogue.pdf', contentType: 'application/pdf', dataBase64: base64('PDF-1') });
    const second = await library.add({ fileName: 'prices.csv', contentType: 'text/csv', dataBase64: base64('a,b') });
    expect(first).toMatchObject({ fileName: 'catalogue.pdf', contentType: 'application/pdf', size: 5 });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await library.list()).map((file) => file.id)).toEqual([first.id, second.id]);
    expect((await library.read(first.id))?.content.toString()).toBe('PDF-1');

    expect(await library.remove(first.id)).toEqual({ removed: true });
    expect(await library.remove(first.id)).toEqual({ removed: false });
    expect(await library.read(first.id)).toBeNull();
    expect(await readdir(path.join(dir, attachmentsDirName))).toEqual(expect.arrayContaining([second.id, 'index.json']));
    expect(await readdir(path.join(dir, attachmentsDirName))).not.toContain(first.id);
  });

  it('stores a file under its id, never under the name it came with', async () => {
    const library = createAttachmentLibrary(dir, clock);
    const file = await library.add({ fileName: '../../escape.txt', dataBase64: base64('x') });
    expect(file.fileName).toBe('escape.txt');
    expect(await readdir(dir)).toEqual([attachmentsDirName]);
  });

  it('accepts exactly 10 MB and refuses one byte more', async () => {
    const library = createAttachmentLibrary(dir, clock);
    const exact = await library.add({ fileName: 'ok.bin', dataBase64: Buffer.alloc(maxAttachmentBytes).toString('base64') });
    expect(exact.size).toBe(maxAttachmentBytes);
    const tooBig = library.add({ fileName: 'big.bin', dataBase64: Buffer.alloc(maxAttachmentBytes + 1).toString('base64') });
    await expect(tooBig).rejects.toBeInstanceOf(AttachmentRefused);
    await expect(tooBig).rejects.toThrow(/larger than 10 MB/);
    expect(await library.list()).toHaveLength(1);
  });

  it('refuses data that is not base64', async () => {
    const library = createAttachmentLibrary(dir, clock);
    await expect(library.add({ fileName: 'a.txt', dataBase64: 'not base64!' })).rejects.toThrow(/base64/);
  });

  it('replaces a content type that is not a plain MIME type', async () => {
    const library = createAttachmentLibrary(dir, clock);
    const file = await library.add({ fileName: 'a.txt', contentType: 'text/html\r\nX-Evil: 1', dataBase64: base64('x') });
    expect(file.contentType).toBe('application/octet-stream');
    expect((await library.add({ fileName: 'b.txt', contentType: 'Text/Plain', dataBase64: base64('x') })).contentType).toBe('text/plain');
  });

  it('answers null or false for ids it never gave out, including paths', async () => {
    const library = createAttachmentLibrary(dir, clock);
    for (const id of ['../index.json', 'index.json', '00000000-0000-0000-0000-000000000000']) {
      expect(await library.read(id)).toBeNull();
      expect(await library.remove(id)).toEqual({ removed: false });
    }
  });

  it('keeps every file when several are added at once', async () => {
    const library = createAttachmentLibrary(dir, clock);
    await Promise.all(Array.from({ length: 10 }, (_, index) => library.add({ fileName: `f${index}.txt`, dataBase64: base64(String(index)) })));
    expect(await library.list()).toHaveLength(10);
  });
});
