import { useState } from 'react';
import type { Lead } from '../../../../core/model/lead';
import type { QualificationField } from '../../../../core/reference/qualificationOptions';
import type { QualificationSettings } from '../../../../core/settings/qualificationSettings';
import { addChallenge, CHALLENGE_MAX_LENGTH, CHALLENGES_MAX, parseBudgetAmount, parseCurrency, qualificationChoices, removeChallenge } from '../utils/qualificationChoices';
import '../leadDetail.css';

type Qualification = Lead['qualification'];

interface QualificationSectionProps {
  qualification: Qualification;
  options: QualificationSettings;
  onSave: (next: Qualification) => Promise<void>;
}

const selectFields: { field: QualificationField; label: string }[] = [
  { field: 'budget', label: 'Budget' },
  { field: 'authority', label: 'Authority' },
  { field: 'need', label: 'Need' },
  { field: 'timeline', label: 'Timeline' },
  { field: 'fit', label: 'Fit' },
];

function OptionSelect({ field, value, options, onChange }: { field: QualificationField; value: string; options: QualificationSettings; onChange: (value: string) => void }) {
  const id = `qualification-${field}`;
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      {qualificationChoices(options, field, value).map((c) => (
        <option key={c.value} value={c.value}>
          {c.unlisted ? `${c.label} (not in the option list)` : c.label}
        </option>
      ))}
    </select>
  );
}

/** BANT-CHAMP (seed 003 options, seed 002 G3 fields): every change is saved and rescored at once. */
export function QualificationSection({ qualification, options, onSave }: QualificationSectionProps) {
  const storedAmount = qualification.budgetAmount === null ? '' : String(qualification.budgetAmount);
  const [amount, setAmount] = useState(storedAmount);
  const [currency, setCurrency] = useState(qualification.budgetCurrency);
  const [amountError, setAmountError] = useState<string | null>(null);
  const [challenge, setChallenge] = useState('');
  // Follow saves from elsewhere (another window, sync) while the seller is not typing here.
  const [seen, setSeen] = useState({ amount: storedAmount, currency: qualification.budgetCurrency });
  if (seen.amount !== storedAmount || seen.currency !== qualification.budgetCurrency) {
    setSeen({ amount: storedAmount, currency: qualification.budgetCurrency });
    setAmount(storedAmount);
    setCurrency(qualification.budgetCurrency);
  }

  const save = (patch: Partial<Qualification>) => onSave({ ...qualification, ...patch }).catch(() => undefined);

  function saveBudgetFigures() {
    const a = parseBudgetAmount(amount);
    const c = parseCurrency(currency);
    if (!a.ok) return setAmountError(a.message);
    if (!c.ok) return setAmountError(c.message);
    setAmountError(null);
    if (a.value === qualification.budgetAmount && c.value === qualification.budgetCurrency) return;
    void save({ budgetAmount: a.value, budgetCurrency: c.value });
  }

  function submitChallenge() {
    const next = addChallenge(qualification.challenges, challenge);
    setChallenge('');
    if (next.length !== qualification.challenges.length) void save({ challenges: next });
  }

  return (
    <section className="detail-section ld-section" aria-labelledby="qualification-heading">
      <h3 id="qualification-heading">Qualification (BANT-CHAMP)</h3>
      <dl className="field-grid">
        {selectFields.map(({ field, label }) => (
          <div className="inline-field" key={field}>
            <dt>
              <label htmlFor={`qualification-${field}`}>{label}</label>
            </dt>
            <dd>
              <OptionSelect field={field} value={qualification[field]} options={options} onChange={(value) => void save({ [field]: value })} />
              {field === 'budget' ? (
                <div className="ld-budget">
                  <label className="visually-hidden" htmlFor="qualification-budget-amount">
                    Budget amount
                  </label>
                  <input
                    id="qualification-budget-amount"
                    inputMode="decimal"
                    placeholder="Amount"
                    value={amount}
                    aria-invalid={amountError !== null}
                    aria-describedby={amountError ? 'qualification-budget-error' : undefined}
                    onChange={(event) => setAmount(event.target.value)}
                    onBlur={saveBudgetFigures}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') saveBudgetFigures();
                    }}
                  />
                  <label className="visually-hidden" htmlFor="qualification-budget-currency">
                    Currency
                  </label>
                  <input
                    id="qualification-budget-currency"
                    className="ld-currency"
                    placeholder="USD"
                    maxLength={3}
                    value={currency}
                    aria-invalid={amountError !== null}
                    onChange={(event) => setCurrency(event.target.value)}
                    onBlur={saveBudgetFigures}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') saveBudgetFigures();
                    }}
                  />
                  {amountError ? (
                    <span id="qualification-budget-error" className="field-error" role="alert">
                      {amountError}
                    </span>
                  ) : null}
                </div>
              ) : null}
            </dd>
          </div>
        ))}
        <div className="inline-field">
          <dt>Challenges</dt>
          <dd>
            <ul className="ld-challenges" aria-label="Challenges">
              {qualification.challenges.length === 0 ? <li className="muted">None noted</li> : null}
              {qualification.challenges.map((text, index) => (
                <li key={`${index}-${text}`}>
                  <span>{text}</span>
                  <button type="button" className="chip-remove" aria-label={`Remove challenge ${text}`} onClick={() => void save({ challenges: removeChallenge(qualification.challenges, index) })}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                submitChallenge();
              }}
            >
              <label htmlFor="add-challenge" className="visually-hidden">
                Add challenge
              </label>
              <input
                id="add-challenge"
                placeholder="e.g. Technical: grid code compliance"
                maxLength={CHALLENGE_MAX_LENGTH}
                value={challenge}
                onChange={(event) => setChallenge(event.target.value)}
              />
              <button type="submit" disabled={!challenge.trim() || qualification.challenges.length >= CHALLENGES_MAX}>
                Add
              </button>
            </form>
          </dd>
        </div>
      </dl>
    </section>
  );
}
