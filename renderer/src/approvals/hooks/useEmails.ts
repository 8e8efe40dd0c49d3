import { useMemo } from 'react';
import type { Email } from '../../../../core/model/email';
import type { EmailFilter } from '../../../data/emailContract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { useObservable } from '../../ui/useObservable';

/** Emails matching `filter`, live; null while the first read runs (`key` stands for the filter, so callers need not memoise it). */
export function useEmails(filter: EmailFilter | undefined, key: string): Email[] | null {
  const { data } = useLeadCenter();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for the filter
  const source = useMemo(() => data.emails.observe(filter), [data, key]);
  return useObservable<Email[] | null>(source, null);
}
