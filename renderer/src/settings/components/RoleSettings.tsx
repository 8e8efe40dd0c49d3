import { useId, useState } from 'react';
import type { SellerRole } from '../../../data/contract';
import { useLeadCenter } from '../../app/useLeadCenter';
import { loadSellerProfile } from '../../host/loadSellerProfile';
import { saveSellerProfile } from '../../host/saveSellerProfile';

const roleWords: Record<SellerRole, { label: string; hint: string }> = {
  seller: { label: 'Seller', hint: 'approves only your own emails, where the policy lets authors approve' },
  manager: { label: 'Manager', hint: 'approves the team’s emails, including those that need a manager' },
};

/**
 * The local profile's role; the page reloads so every screen works with the new one. A platform
 * account's role is given by the platform (a saved local role would only disagree with it).
 */
export function RoleSettings() {
  const { data } = useLeadCenter();
  const id = useId();
  const current = data.seller.role;
  const [role, setRole] = useState<SellerRole>(current);
  if (loadSellerProfile()?.platform) {
    return (
      <div className="card">
        <h2>Your role</h2>
        <p>
          <strong>{roleWords[current].label}</strong> <span className="muted">— {roleWords[current].hint}</span>
        </p>
        <p className="muted">Your role and team ({data.seller.teamId}) come from your Power Cozmo account; your company changes them on the platform.</p>
      </div>
    );
  }
  return (
    <div className="card">
      <h2>Your role</h2>
      <p className="muted">
        Your role is kept in this computer’s local profile, so anyone using it can change it. Connected to Power Cozmo (Settings → Connect), your account’s role applies instead.
      </p>
      <fieldset className="choice-list">
        <legend>Role of {data.seller.userName}</legend>
        {(['seller', 'manager'] as const).map((r) => (
          <label key={r} className="check">
            <input type="radio" name={`${id}-role`} value={r} checked={role === r} onChange={() => setRole(r)} />
            <span>
              <strong>{roleWords[r].label}</strong> <span className="muted">— {roleWords[r].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={role === current}
          onClick={() => {
            saveSellerProfile(data.seller.userName, role);
            // Every screen reads the role once at start: begin again with the new one.
            window.location.reload();
          }}
        >
          Save role and reload
        </button>
        <span className="muted small">Your team: {data.seller.teamId}</span>
      </div>
    </div>
  );
}
