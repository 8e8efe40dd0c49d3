import type { LeadFormFields } from '../../../../core/model/leadForm';
import { normaliseEmail } from '../../../../core/model/normaliseEmail';
import { normalisePhone } from '../../../../core/model/normalisePhone';
import { normaliseCountry } from '../../../../core/model/normaliseCountry';

/** What the duplicate check compares: the cleaned email and phone when they parse. */
export function duplicateCandidate(fields: LeadFormFields): { name: string; email: string; phone: string; company: string } {
  const email = normaliseEmail(fields.email);
  const country = fields.country.trim() ? normaliseCountry(fields.country) : null;
  const phone = fields.phone.trim() ? normalisePhone(fields.phone, country?.ok ? country.value : undefined) : null;
  return {
    name: fields.name.trim(),
    email: email.ok ? email.value : fields.email.trim(),
    phone: phone?.ok ? phone.value : fields.phone.trim(),
    company: fields.companyName.trim(),
  };
}
