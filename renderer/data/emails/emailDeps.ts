import type { EffectiveGroup } from '../../../core/settings/groupSettings';
import type { DataContext } from '../context';
import type { MailPort } from './mailPort';

/** What the email operations need besides the data context. */
export interface EmailDeps {
  readonly ctx: DataContext;
  /** The host's mail channels; null where there is no host (sending and the AI drafter unavailable). */
  readonly mail: MailPort | null;
  /** A fresh unsubscribe token: 128 random bits as 32 hex digits. */
  readonly randomToken: () => string;
  /** The seller's groups now (which of them suppress email). */
  readonly groups: () => readonly EffectiveGroup[];
  /** Ids of the leads saved with each address (normalised: trimmed, lower case). */
  readonly leadIdsByAddress: () => Promise<ReadonlyMap<string, readonly string[]>>;
  /** The platform's public address when connected (emails then carry tracked links and an open pixel); null otherwise. */
  readonly trackingBaseUrl?: () => Promise<string | null>;
}

/** 128 bits from the platform's cryptographic random source, as hex. */
export function cryptoRandomToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function addressKey(address: string): string {
  return address.trim().toLowerCase();
}
