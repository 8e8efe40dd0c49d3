const keys: [string, string][] = [
  ['j / ↓', 'next'],
  ['k / ↑', 'previous'],
  ['a', 'approve'],
  ['r', 'reject'],
  ['e', 'edit'],
  ['x', 'select'],
  ['Shift+A', 'approve selected'],
  ['Esc', 'leave a field'],
];

/** The queue's keys, always in view. */
export function ShortcutLegend() {
  return (
    <ul className="shortcut-legend" aria-label="Keyboard shortcuts">
      {keys.map(([key, what]) => (
        <li key={key}>
          <kbd>{key}</kbd> {what}
        </li>
      ))}
    </ul>
  );
}
