import { ErrorCode, appError } from '../../db/errors';
import type { Viewer } from '../../model';
import {
  type FeedReader,
  type StoredChange,
  forViewer,
  newestSeq,
  readChanges,
  resolveSince,
} from './change.queries';
import type { GraphChange } from './change.type';

/** The bounds of the live feed. */
export interface FeedLimits {
  /** How often the service asks Neo4j for new events while anyone is subscribed. */
  pollMs: number;
  /** Events one subscriber may have waiting; past it the subscriber is ended with a reason. */
  maxQueued: number;
  /** How far back a subscription may start (events); further back, page with `changes` first. */
  maxBacklog: number;
}

export const FEED_LIMITS: FeedLimits = { pollMs: 200, maxQueued: 100, maxBacklog: 1000 };

const PAGE = 100;

/** One subscriber: what it may see, how far it has got, and what waits for it. */
class Subscriber implements AsyncIterableIterator<GraphChange> {
  readonly queue: GraphChange[] = [];
  private waiting: ((result: IteratorResult<GraphChange>) => void) | null = null;
  private failed: Error | null = null;
  done = false;

  constructor(
    readonly viewer: Viewer,
    public after: number,
    private readonly onEnd: (subscriber: Subscriber) => void,
  ) {}

  push(change: GraphChange, maxQueued: number): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: change, done: false });
      return;
    }
    this.queue.push(change);
    if (this.queue.length > maxQueued) {
      this.fail(
        appError(
          ErrorCode.QUERY_TIMEOUT,
          `Subscriber too slow: more than ${maxQueued} changes waited for it, so it was ended. Continue ` +
            `with changes(since: "${this.after}") and subscribe again.`,
        ),
      );
    }
  }

  fail(error: Error): void {
    this.failed = error;
    this.queue.length = 0;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      // The waiting `next` rejects: graphql-ws sends the error to the client for this subscription.
      void Promise.resolve().then(() => resolve(Promise.reject(error) as never));
    }
    this.end();
  }

  next(): Promise<IteratorResult<GraphChange>> {
    if (this.failed && this.queue.length === 0) {
      const error = this.failed;
      this.failed = null;
      return Promise.reject(error);
    }
    const value = this.queue.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<GraphChange>> {
    this.end();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private end(): void {
    if (this.done) return;
    this.done = true;
    this.onEnd(this);
  }
}

/**
 * The live change feed of one service instance. While anyone is subscribed it asks Neo4j for the
 * events after the last it saw, so a change written through any instance on the same database
 * reaches the subscribers of every instance (in-process events alone would miss the others). Each
 * subscriber gets the events as its viewer may see them (public or not: two variants a tick at
 * most), in order, never twice; a subscriber that falls behind is ended with a reason instead of
 * being held in memory without bound.
 */
export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly reader: FeedReader,
    private readonly limits: FeedLimits = FEED_LIMITS,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** A subscription from a point of the feed (see resolveSince), or from now on. */
  async subscribe(
    viewer: Viewer,
    since: string | null | undefined,
  ): Promise<AsyncIterableIterator<GraphChange>> {
    const newest = await newestSeq(this.reader);
    const after = since === null || since === undefined ? newest : await resolveSince(this.reader, since);
    if (newest - after > this.limits.maxBacklog) {
      throw appError(
        ErrorCode.BAD_USER_INPUT,
        `Invalid argument: since: it is ${newest - after} changes back, more than a subscription replays ` +
          `(${this.limits.maxBacklog}); page through changes(since: …) first, then subscribe from its last seq`,
        {
          argumentName: 'since',
          fields: [{ field: 'since', messages: ['too far back for a subscription'] }],
        },
      );
    }
    const subscriber = new Subscriber(viewer, after, (ended) => this.subscribers.delete(ended));
    this.subscribers.add(subscriber);
    this.timer ??= setInterval(() => void this.poll(), this.limits.pollMs);
    return subscriber;
  }

  get size(): number {
    return this.subscribers.size;
  }

  stop(): void {
    for (const subscriber of [...this.subscribers]) void subscriber.return();
    this.idle();
  }

  private idle(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One tick: the events after the subscriber furthest behind, shown to each as it may see them. */
  private async poll(): Promise<void> {
    if (this.polling) return;
    if (this.subscribers.size === 0) return this.idle();
    this.polling = true;
    try {
      const from = Math.min(...[...this.subscribers].map((s) => s.after));
      const events = await readChanges(this.reader, from, PAGE);
      if (events.length === 0) return;
      const shown = new Map<boolean, Promise<GraphChange[]>>();
      for (const subscriber of [...this.subscribers]) {
        const mine: StoredChange[] = events.filter((event) => event.seq > subscriber.after);
        if (mine.length === 0) continue;
        const key = subscriber.viewer.seeRestricted;
        if (!shown.has(key)) shown.set(key, forViewer(this.reader, subscriber.viewer, events));
        const visible = (await shown.get(key)!).filter((change) => change.seq > subscriber.after);
        subscriber.after = mine.at(-1)!.seq;
        for (const change of visible) subscriber.push(change, this.limits.maxQueued);
      }
    } catch (error) {
      this.onError(error);
    } finally {
      this.polling = false;
    }
  }
}
