import type { Page } from '@playwright/test';

export type Interaction = { kind: 'search'; text: string } | { kind: 'sort'; column: string };

/**
 * Runs one interaction inside the page and returns the milliseconds from the input event to the
 * last DOM change it caused (the page is considered settled after 400 ms with no change).
 */
export async function measureSettle(page: Page, interaction: Interaction): Promise<number> {
  return page.evaluate(async (action) => {
    const target = document.querySelector('main') ?? document.body;
    let lastChange = -1;
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    const started = performance.now();
    if (action.kind === 'search') {
      const input = document.querySelector<HTMLInputElement>('input[aria-label="Search leads"]');
      if (!input) throw new Error('no search field');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(input, action.text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (action.kind === 'sort') {
      const header = [...document.querySelectorAll<HTMLElement>('[role="columnheader"] button, th button')].find(
        (button) => button.textContent?.trim().startsWith(action.column),
      );
      if (!header) throw new Error(`no sortable header ${action.column}`);
      header.click();
    }
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const quietSince = lastChange < 0 ? started : lastChange;
      if (performance.now() - quietSince > 400) break;
    }
    observer.disconnect();
    return lastChange < 0 ? 0 : lastChange - started;
  }, interaction);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? null;
}

/**
 * Presses Enter in the quick capture form and returns the milliseconds from the keydown to the
 * on-screen confirmation and to the lead being stored (the list projection sees the write only
 * after IndexedDB committed it).
 */
export async function measureCaptureSave(page: Page): Promise<{ confirmed: number; stored: number }> {
  await page.evaluate(() => {
    const data = window.__leadCenterTest?.data;
    const status = document.querySelector('[data-testid="capture-status"]');
    if (!data || !status) throw new Error('capture form or test hooks missing');
    const sizeBefore = data.leadList.size;
    const textBefore = status.textContent;
    const probe = { keydownAt: -1, confirmedAt: -1, storedAt: -1 };
    (window as unknown as { __captureProbe: typeof probe }).__captureProbe = probe;
    window.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && probe.keydownAt < 0) probe.keydownAt = performance.now();
    }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (status.textContent !== textBefore && probe.confirmedAt < 0) {
        probe.confirmedAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    const unsubscribe = data.leadList.subscribe(() => {
      if (data.leadList.size > sizeBefore && probe.storedAt < 0) {
        probe.storedAt = performance.now();
        unsubscribe();
      }
    });
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const probe = (window as unknown as { __captureProbe: { confirmedAt: number; storedAt: number } }).__captureProbe;
    return probe.confirmedAt >= 0 && probe.storedAt >= 0;
  });
  return page.evaluate(() => {
    const probe = (window as unknown as { __captureProbe: { keydownAt: number; confirmedAt: number; storedAt: number } }).__captureProbe;
    return { confirmed: probe.confirmedAt - probe.keydownAt, stored: probe.storedAt - probe.keydownAt };
  });
}
