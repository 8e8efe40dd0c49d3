import {
  aiDraftRequest,
  attachmentFile,
  outgoingMail,
  saveAiSettingsRequest,
  saveMailSettingsRequest,
  type AiSettingsView,
  type DesktopApi,
  type MailSettings,
  type MailSettingsView,
  type OutgoingMail,
  type SendOutcome,
} from '../../../core/desktop-api';
import { draftWithAi } from './aiDrafter';
import { createAttachmentLibrary, type AttachmentLibrary } from './attachmentLibrary';
import { openMailJournal, type JournalRecord, type MailJournal } from './mailJournal';
import { createMailSettingsStore } from './mailSettingsStore';
import type { SecretStore } from './secretStore';
import { checkSmtpServer, defaultSmtpTimeouts, sendViaSmtp, type SmtpMessage, type SmtpResult, type SmtpTimeouts } from './smtpSender';

export const mailChannels = [
  'getMailSettings',
  'saveMailSettings',
  'checkMailServer',
  'sendEmail',
  'deliveryStatus',
  'getAiSettings',
  'saveAiSettings',
  'draftWithAi',
  'listAttachments',
  'addAttachment',
  'removeAttachment',
] as const;
export type MailChannel = (typeof mailChannels)[number];

/**
 * The mail channels of the DesktopApi, served by the Node host. Each function validates its own
 * arguments with core's schemas, so tests and the data layer can call it directly.
 */
export type MailService = Pick<DesktopApi, MailChannel> & {
  /** Closes the journal; call before the data folder goes away. */
  close(): Promise<void>;
};

export interface MailServiceOptions {
  /** The folder for mail-settings.json, ai-settings.json, mail-journal.jsonl and attachments/. */
  dataDir: string;
  secrets: SecretStore;
  /** Epoch ms; Date.now by default. */
  clock?: () => number;
  smtpTimeouts?: Partial<SmtpTimeouts>;
  /** For the AI drafter; the global fetch by default. */
  fetch?: typeof fetch;
}

/** Headers the mailer writes itself; an email may not set them through `headers`. */
const mailerHeaders = new Set([
  'from', 'to', 'cc', 'bcc', 'reply-to', 'sender', 'subject', 'date', 'message-id', 'mime-version',
  'content-type', 'content-transfer-encoding', 'content-disposition', 'return-path', 'received',
]);

interface ReadyToSend {
  settings: MailSettings;
  password: string | null;
  message: SmtpMessage;
}

const passwordSecret = 'smtp-password';
const apiKeySecret = 'ai-api-key';

function outcomeOf(record: JournalRecord, alreadySent: boolean): SendOutcome {
  switch (record.state) {
    case 'accepted':
      return { status: 'accepted', acceptedAt: record.at, response: record.response, alreadySent };
    case 'failed':
      return { status: 'failed', retryable: record.retryable, error: record.error };
    case 'uncertain':
      return { status: 'uncertain', error: record.error };
    case 'attempting':
      return {
        status: 'uncertain',
        error: 'An earlier attempt to send this message was cut off (the app stopped while sending); it may have been delivered',
      };
  }
}

export async function createMailService(options: MailServiceOptions): Promise<MailService> {
  const { dataDir, secrets } = options;
  const clock = options.clock ?? Date.now;
  const timeouts: SmtpTimeouts = { ...defaultSmtpTimeouts, ...options.smtpTimeouts };
  const settingsStore = createMailSettingsStore(dataDir);
  const library: AttachmentLibrary = createAttachmentLibrary(dataDir, clock);
  const journal: MailJournal = await openMailJournal(dataDir);
  /** One send per Message-ID at a time: a second call waits for the first one's outcome. */
  const inFlight = new Map<string, Promise<SendOutcome>>();

  async function mailView(): Promise<MailSettingsView> {
    return {
      settings: await settingsStore.readMail(),
      passwordSaved: (await secrets.get(passwordSecret)) !== null,
      secretStorage: secrets.description,
    };
  }

  async function aiView(): Promise<AiSettingsView> {
    return {
      settings: await settingsStore.readAi(),
      apiKeySaved: (await secrets.get(apiKeySecret)) !== null,
      secretStorage: secrets.description,
    };
  }

  /** Everything that can be refused without speaking to SMTP is refused here. */
  async function prepare(mail: OutgoingMail): Promise<{ refusal: SendOutcome } | ReadyToSend> {
    const settings = await settingsStore.readMail();
    if (settings === null) return { refusal: { status: 'failed', retryable: true, error: 'No SMTP settings yet' } };
    const password = await secrets.get(passwordSecret);
    if (settings.user !== '' && password === null) {
      return { refusal: { status: 'failed', retryable: true, error: `No SMTP password saved for ${settings.user}` } };
    }
    const reserved = Object.keys(mail.headers).find((name) => mailerHeaders.has(name.toLowerCase()));
    if (reserved !== undefined) {
      return { refusal: { status: 'failed', retryable: false, error: `The header ${reserved} is set by the mailer, not by the email` } };
    }
    const attachments: SmtpMessage['attachments'] = [];
    for (const id of mail.attachmentIds) {
      const file = await library.read(id);
      if (file === null) {
        return { refusal: { status: 'failed', retryable: false, error: `Attachment ${id} is no longer in the attachment library` } };
      }
      attachments.push({ filename: file.fileName, contentType: file.contentType, content: file.content });
    }
    return {
      settings,
      password,
      message: {
        messageId: mail.messageId,
        from: { name: settings.fromName, address: settings.fromAddress },
        to: mail.to.map((recipient) => ({ name: recipient.name, address: recipient.email })),
        subject: mail.subject,
        text: mail.text,
        ...(mail.html !== undefined ? { html: mail.html } : {}),
        headers: mail.headers,
        attachments,
      },
    };
  }

  async function send(mail: OutgoingMail): Promise<SendOutcome> {
    const earlier = journal.last(mail.messageId);
    // Exactly once: an accepted or possibly delivered message is never handed to SMTP again.
    if (earlier !== undefined && earlier.state !== 'failed') return outcomeOf(earlier, true);

    const ready = await prepare(mail);
    if ('refusal' in ready) return ready.refusal;

    await journal.append({ messageId: mail.messageId, at: clock(), state: 'attempting' });
    const result: SmtpResult = await sendViaSmtp(ready.settings, ready.password, ready.message, timeouts);
    const record: JournalRecord = { messageId: mail.messageId, at: clock(), ...result };
    try {
      await journal.append(record);
    } catch (error) {
      // The "attempting" record stays last, so a later call answers "uncertain": still safe.
      console.error('mail journal: could not record the outcome of', mail.messageId, error instanceof Error ? error.message : error);
    }
    return outcomeOf(record, false);
  }

  return {
    getMailSettings: () => mailView(),

    async saveMailSettings(request) {
      const { settings, password } = saveMailSettingsRequest.parse(request);
      await settingsStore.writeMail(settings);
      if (password !== undefined) await secrets.set(passwordSecret, password);
      return mailView();
    },

    async checkMailServer() {
      const settings = await settingsStore.readMail();
      if (settings === null) return { reachable: false, message: 'No SMTP settings yet' };
      return checkSmtpServer(settings, await secrets.get(passwordSecret), timeouts);
    },

    async sendEmail(input) {
      const mail = outgoingMail.parse(input);
      const running = inFlight.get(mail.messageId);
      if (running) {
        // The same message asked for twice at once: the second waits and never sends again.
        const first = await running;
        const last = journal.last(mail.messageId);
        return last !== undefined && last.state !== 'failed' ? outcomeOf(last, true) : first;
      }
      const attempt = send(mail).finally(() => inFlight.delete(mail.messageId));
      inFlight.set(mail.messageId, attempt);
      return attempt;
    },

    async deliveryStatus(messageId) {
      const id = outgoingMail.shape.messageId.parse(messageId);
      // A send under way right now is an attempt whose outcome is not known yet.
      const last = journal.last(id);
      if (last === undefined) return inFlight.has(id) ? { state: 'attempting', at: clock() } : { state: 'none' };
      switch (last.state) {
        case 'accepted':
          return { state: 'accepted', at: last.at, response: last.response };
        case 'failed':
          return { state: 'failed', at: last.at, retryable: last.retryable, error: last.error };
        default:
          return { state: last.state, at: last.at };
      }
    },

    getAiSettings: () => aiView(),

    async saveAiSettings(request) {
      const { settings, apiKey } = saveAiSettingsRequest.parse(request);
      await settingsStore.writeAi(settings);
      if (apiKey !== undefined) await secrets.set(apiKeySecret, apiKey);
      return aiView();
    },

    async draftWithAi(request) {
      const { messages } = aiDraftRequest.parse(request);
      try {
        return await draftWithAi(await settingsStore.readAi(), await secrets.get(apiKeySecret), messages, options.fetch);
      } catch (error) {
        // Reading the settings or the key failed: the template drafter still works.
        return { ok: false, reason: 'off', error: `The AI drafter could not start: ${error instanceof Error ? error.message : String(error)}` };
      }
    },

    listAttachments: () => library.list(),
    addAttachment: (file) => library.add(attachmentFile.parse(file)),
    removeAttachment: async (id) => library.remove(id),

    close: () => journal.close(),
  };
}
