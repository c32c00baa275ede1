/**
 * Numbers the requests of one view so that only the newest one's answer is shown: an older request that answers
 * later (the status board as of a past moment, read from the event store, after the board went back to live; or a
 * live refresh begun before a past moment was chosen) must not replace what the newer one brought.
 */
export class Newest {
  private begun = 0;

  /** Begins a request; the function returned tells, when its answer comes, whether it is still the newest. */
  begin(): () => boolean {
    const mine = ++this.begun;
    return () => mine === this.begun;
  }

  /** No request begun so far is current any more (the view asks for nothing now). */
  forget(): void {
    this.begun++;
  }
}
