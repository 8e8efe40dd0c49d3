import { useLayoutEffect, useRef, useState } from 'react';
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
  /** Saves typed changes (nothing when there are none), after any save already under way; throws the data layer's refusal. */
  flush(): Promise<void>;
}

interface Text {
  subject: string;
  body: string;
}

/**
 * The subject and body being edited for one email (key the caller by email id). A change saved
 * elsewhere replaces the text unless the user is in the middle of editing it. Saves run one after
 * another: a blur and a click on Approve right after it never race.
 */
export function useDraftText(email: Email): DraftText {
  const { data } = useLeadCenter();
  const [stored, setStored] = useState<Text>({ subject: email.subject, body: email.body });
  const [subject, setSubject] = useState(email.subject);
  const [body, setBody] = useState(email.body);
  const dirty = subject !== stored.subject || body !== stored.body;
  const typed = useRef<Text>({ subject, body });
  const saved = useRef<Text>(stored);
  const saving = useRef<Promise<void>>(Promise.resolve());

  useLayoutEffect(() => {
    typed.current = { subject, body };
    saved.current = stored;
  });

  if (email.subject !== stored.subject || email.body !== stored.body) {
    setStored({ subject: email.subject, body: email.body });
    if (!dirty) {
      setSubject(email.subject);
      setBody(email.body);
    }
  }

  async function save(): Promise<void> {
    const text = typed.current;
    if (text.subject === saved.current.subject && text.body === saved.current.body) return;
    const result = await data.emails.edit(email.id, { subject: text.subject, body: text.body });
    saved.current = { subject: result.subject, body: result.body };
    setStored(saved.current);
  }

  return {
    subject,
    body,
    setSubject,
    setBody,
    dirty,
    unfilled: unfilledTokens(`${subject}\n${body}`),
    flush() {
      const next = saving.current.catch(() => undefined).then(save);
      saving.current = next;
      return next;
    },
  };
}
