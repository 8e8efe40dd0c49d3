import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { aiSettings, mailSettings, type AiSettings, type MailSettings } from '../../../core/desktop-api';
import { readTextIfExists, writeFileAtomic } from './atomicFile';

export const mailSettingsFileName = 'mail-settings.json';
export const aiSettingsFileName = 'ai-settings.json';

/** SMTP and AI settings as JSON files in the data folder; never a secret in them. */
export interface MailSettingsStore {
  readMail(): Promise<MailSettings | null>;
  writeMail(settings: MailSettings): Promise<void>;
  readAi(): Promise<AiSettings | null>;
  writeAi(settings: AiSettings): Promise<void>;
}

/** Read through core's schema: a hand-edited or damaged file counts as "not set up". */
async function readValidated<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S> | null> {
  const text = await readTextIfExists(file);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    console.warn(`${file} is not valid JSON and was ignored`);
    return null;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    console.warn(`${file} does not hold valid settings and was ignored`);
    return null;
  }
  return parsed.data;
}

export function createMailSettingsStore(dataDir: string): MailSettingsStore {
  const mailFile = path.join(dataDir, mailSettingsFileName);
  const aiFile = path.join(dataDir, aiSettingsFileName);
  const write = async (file: string, value: unknown): Promise<void> => {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
  };
  return {
    readMail: () => readValidated(mailFile, mailSettings),
    writeMail: async (settings) => write(mailFile, mailSettings.parse(settings)),
    readAi: () => readValidated(aiFile, aiSettings),
    writeAi: async (settings) => write(aiFile, aiSettings.parse(settings)),
  };
}
