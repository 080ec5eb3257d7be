/// <reference lib="webworker" />
import type { BlockWorkerReply, BlockWorkerRequest } from './pool';
import { processBlock, releaseBlockMemory } from './process';
import { setLocale } from '../../../i18n/messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Named after the interface's language by the import worker: problems are written in it.
setLocale(scope.name);

scope.onmessage = (event: MessageEvent<BlockWorkerRequest>) => {
  if ('release' in event.data) {
    releaseBlockMemory();
    return;
  }
  const { id, job } = event.data;
  let reply: BlockWorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const result = processBlock(job);
    if (result.returned) transfer = [result.returned];
    reply = { id, result };
  } catch (err) {
    const e = err as { name?: string; message?: string; inner?: { name?: string } };
    // Dexie wraps IndexedDB errors; pass on the innermost name that says what happened.
    const name = e.inner?.name ?? e.name ?? 'Error';
    reply = { id, error: { name, message: e.message ?? String(err) } };
  }
  scope.postMessage(reply, transfer);
};
