import { useState, type FormEvent } from 'react';
import type { Seller } from '../../data/contract';
import { saveSellerProfile } from './saveSellerProfile';

interface FirstRunFormProps {
  onDone(seller: Seller): void;
}

/** Asked once: whose leads these are. Stored on this device only. */
export function FirstRunForm({ onDone }: FirstRunFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Enter your name; it is shown as the author of notes and captured leads.');
      return;
    }
    onDone(saveSellerProfile(name));
  }

  return (
    <main className="first-run">
      <form className="card first-run-card" onSubmit={submit} noValidate>
        <h1>Welcome to Lead Center</h1>
        <p className="muted">Your leads stay on this device and work without a network.</p>
        <label htmlFor="seller-name">Your name</label>
        <input
          id="seller-name"
          autoFocus
          autoComplete="name"
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'seller-name-error' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError('');
          }}
        />
        {error ? (
          <p id="seller-name-error" className="field-error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary">
          Get started
        </button>
      </form>
    </main>
  );
}
