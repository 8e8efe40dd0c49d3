/** Focuses the list's search box, waiting a few frames for the list to mount after navigation. */
export function focusLeadSearch(attempts = 10): void {
  const input = document.getElementById('lead-search');
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusLeadSearch(attempts - 1));
}
