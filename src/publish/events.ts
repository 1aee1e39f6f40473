/** What a publish run tells its display, and the error that ends one platform's part of it. Pure. */
import type { PublishItem, Target } from './plan';

export type PublishEvent =
  | { type: 'item-start'; item: PublishItem; index: number; count: number }
  | { type: 'stage'; item: PublishItem; stage: string }
  /** `sent` counts from the first byte of the file, a resumed upload's earlier bytes included. */
  | { type: 'bytes'; item: PublishItem; sent: number; total: number }
  | { type: 'item-done'; item: PublishItem; result: string }
  | { type: 'item-skipped'; item: PublishItem; reason: string }
  | { type: 'item-failed'; item: PublishItem; message: string }
  | { type: 'warning'; message: string };

/** Nothing more can go to this platform in this run (quota, limit, token): its other clips wait for a re-run. */
export class StopTarget extends Error {
  constructor(
    readonly target: Target,
    message: string,
  ) {
    super(message);
  }
}
