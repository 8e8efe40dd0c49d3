import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../core/desktop-api';
import { useLeadCenter } from '../../app/useLeadCenter';

const shortcuts: [string, string][] = [
  ['Ctrl/⌘ + K', 'Search leads'],
  ['N', 'New lead (quick capture)'],
  ['Alt + 1 … 7', 'Leads, Overview, Hot leads, Capture, Reminders, Settings, Approvals'],
  ['↑ ↓ PgUp PgDn Home End', 'Move through the lead list'],
  ['Enter', 'Open the focused lead; in capture, save and start the next'],
  ['Space', 'Select the focused lead (Shift extends)'],
  ['Ctrl/⌘ + A', 'In the list: select all matching leads'],
  ['Ctrl/⌘ + Enter', 'Capture: save a flagged duplicate anyway; notes: add the note'],
  ['Escape', 'Close the open lead, menu or editor; in the list, clear the selection'],
  ['↑ ↓ (settings sections)', 'Move between settings sections'],
];

/** Who is signed in, where data lives, the keyboard map. */
export function GeneralSettings() {
  const { data, desktopApi } = useLeadCenter();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    desktopApi
      .getAppInfo()
      .then((value) => live && setInfo(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [desktopApi]);

  return (
    <>
      <div className="card">
        <h2>Profile</h2>
        <dl className="facts">
          <dt>Seller</dt>
          <dd>{data.seller.userName}</dd>
          <dt>App</dt>
          <dd>{info ? `${info.name} ${info.version} (${info.host})` : '…'}</dd>
          <dt>Data</dt>
          <dd>{info?.dataLocation ?? '…'}</dd>
        </dl>
      </div>
      <div className="card">
        <h2>Keyboard shortcuts</h2>
        <dl className="facts">
          {shortcuts.map(([keys, what]) => (
            <div key={keys} className="fact-row">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </div>
    </>
  );
}
