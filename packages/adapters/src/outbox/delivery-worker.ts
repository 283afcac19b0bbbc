import type { DeliveryRun } from './deliver-due.js';
import type { AttemptSignal } from './sink.js';

/** Settings of {@link DeliveryWorker}. */
export interface DeliveryWorkerOptions {
  /** One run over the outbox (usually {@link deliverDue} bound to a store and its sinks). */
  readonly run: (signal: AttemptSignal) => Promise<DeliveryRun>;
  /** The pause between runs when there was nothing to do. */
  readonly pollMs: number;
  /** Told of a run that threw (a store error); the worker carries on. */
  readonly onError: (error: unknown) => void;
}

/**
 * Runs the outbox in the background of a long-lived process (the service):
 * a run, then a pause of `pollMs` (cut short by {@link DeliveryWorker.nudge}
 * when new duties are owed), until stopped.
 */
export class DeliveryWorker {
  private readonly stopping = new AbortController();
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private nudged = false;

  constructor(private readonly options: DeliveryWorkerOptions) {}

  /** Starts the loop (once). */
  start(): void {
    this.loop ??= this.runLoop();
  }

  /** Asks for a run as soon as the current one ends (new deliveries were added). */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** Stops claiming, lets the attempt in flight finish, and resolves when the loop has ended. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.wake?.();
    await this.loop;
  }

  private async runLoop(): Promise<void> {
    const signal = this.stopping.signal;
    while (!signal.aborted) {
      this.nudged = false;
      try {
        await this.options.run(signal);
      } catch (e) {
        this.options.onError(e);
      }
      if (signal.aborted || this.nudged) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
