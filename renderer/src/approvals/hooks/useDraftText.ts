import { useState } from 'react';
import { unfilledTokens } from '../../../../core/emails';
import type { Email } from '../../../../core/model/email';
import { useLeadCenter } from '../../app/useLeadCenter';

export interface DraftText {
  subject: string;
  body: string;
  setSubject(value: string): void;
  setBody(value: string): void;
  /** Typed but not yet saved. */
  dirty: boolean;
  /** Tokens still in the subject or body as typed now; approval waits until there are none. */
  unfilled: string[];
  /** Saves typed changes (nothing when there are none); throws the data layer's refusal. */
  flush(): Promise<void>;
}

/**
 * The subject and body being edited for one email (key the caller by email id). A change saved
 * elsewhere replaces the text unless the user is in the middle of editing it.
 */
export function useDraftText(email: Email): DraftText {
  const { data } = useLeadCenter();
  const [stored, setStored] = useState({ subject: email.subject, body: email.body });
  const [subject, setSubject] = useState(email.subject);
  const [body, setBody] = useState(email.body);
  const dirty = subject !== stored.subject || body !== stored.body;

  if (email.subject !== stored.subject || email.body !== stored.body) {
    setStored({ subject: email.subject, body: email.body });
    if (!dirty) {
      setSubject(email.subject);
      setBody(email.body);
    }
  }

  return {
    subject,
    body,
    setSubject,
    setBody,
    dirty,
    unfilled: unfilledTokens(`${subject}\n${body}`),
    async flush() {
      if (!dirty) return;
      const saved = await data.emails.edit(email.id, { subject, body });
      setStored({ subject: saved.subject, body: saved.body });
    },
  };
}
