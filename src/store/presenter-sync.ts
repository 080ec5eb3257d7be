import { dataMap } from '../engine';
/**
 * The presenter window and the speaker window keep one state between them over a
 * BroadcastChannel (same origin, same browser; nothing leaves the machine). Either window may
 * change it; every change carries a revision and its window's id, and each window keeps the
 * greatest (revision, id) it has seen, so both end on the same state whoever moved last.
 */

export interface PresenterState {
  huntId: string;
  stepId: string;
  /** Parts shown, by step id (see presenter-parts); absent steps show their first part. */
  shown: Record<string, number>;
  /** Epoch ms when the presentation started, for the speaker's clock. */
  startedAt: number;
  rev: number;
  /** Id of the window that made this revision. */
  by: string;
}

export type PresenterMessage =
  | { type: 'state'; state: PresenterState }
  /** A window that has just opened asks the others for the current state. */
  | { type: 'hello'; from: string };

export function channelName(huntId: string): string {
  return `hunting-workbook:presenter:${huntId}`;
}

/** Whether `a` is a later revision than `b`. */
export function isNewer(a: PresenterState, b: PresenterState | null): boolean {
  if (b === null) return true;
  return a.rev > b.rev || (a.rev === b.rev && a.by > b.by);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parts shown by step id, keeping only the counts that are numbers. */
export function readShown(v: unknown): Record<string, number> | null {
  if (!isRecord(v)) return null;
  const counts = dataMap<number>();
  for (const [k, n] of Object.entries(v)) if (typeof n === 'number') counts[k] = n;
  return counts;
}

function readState(v: unknown): PresenterState | null {
  if (!isRecord(v)) return null;
  const { huntId, stepId, shown, startedAt, rev, by } = v;
  if (typeof huntId !== 'string' || typeof stepId !== 'string' || typeof by !== 'string') {
    return null;
  }
  const counts = readShown(shown);
  if (typeof startedAt !== 'number' || typeof rev !== 'number' || !counts) return null;
  return { huntId, stepId, shown: counts, startedAt, rev, by };
}

/** Reads a message from another window; anything malformed is ignored rather than trusted. */
export function readMessage(data: unknown): PresenterMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === 'hello' && typeof data.from === 'string') {
    return { type: 'hello', from: data.from };
  }
  if (data.type === 'state') {
    const state = readState(data.state);
    return state ? { type: 'state', state } : null;
  }
  return null;
}

export interface PresenterLink {
  send: (message: PresenterMessage) => void;
  close: () => void;
}

interface ChannelLike {
  postMessage: (data: unknown) => void;
  close: () => void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/** Joins a hunt's presenter channel; `receive` gets every well-formed message of other windows. */
export function openLink(
  huntId: string,
  receive: (message: PresenterMessage) => void,
  makeChannel: (name: string) => ChannelLike = (name) => new BroadcastChannel(name),
): PresenterLink {
  const channel = makeChannel(channelName(huntId));
  channel.onmessage = (e) => {
    const message = readMessage(e.data);
    if (message) receive(message);
  };
  return {
    send: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
