import { ApprovalPolicySettings } from './ApprovalPolicySettings';
import { RoleSettings } from './RoleSettings';

/** Your role and who approves which emails. */
export function ApprovalsSettings() {
  return (
    <div className="settings-stack">
      <RoleSettings />
      <ApprovalPolicySettings />
    </div>
  );
}
