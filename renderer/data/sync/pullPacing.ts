/**
 * RxDB starts writing a pulled batch and asks for the next one at once. When the platform answers
 * faster than IndexedDB writes, the waiting batches are joined into one write that blocks the page
 * for seconds (14.6 s at 100,000 leads in the sync benchmark). So a pull that continues a catch-up
 * waits until at most one earlier batch is still being written.
 *
 * This keeps the sequences the pulls of the current catch-up returned. A pull that does not start
 * where the last one ended (a new catch-up after a reconnect, or RxDB starting again from the
 * checkpoint it stored) starts afresh and never waits: nothing it could wait for is under way.
 */
export class PullPacing {
  private returned: number[] = [];

  /** The sequence the written checkpoint must reach before a pull from `from` goes out; null: at once. */
  waitFor(from: number | null): number | null {
    const last = this.returned[this.returned.length - 1];
    if (last === undefined || from !== last) {
      this.returned = [];
      return null;
    }
    return this.returned.length >= 2 ? (this.returned[this.returned.length - 2] ?? null) : null;
  }

  /** A pull returned documents up to this sequence. */
  pulled(sequence: number): void {
    this.returned = [...this.returned.slice(-1), sequence];
  }
}
