import { processBlock, releaseBlockMemory, type BlockJob, type BlockResult } from './process';
import { t } from '../../../i18n/messages';

/** Runs block jobs, in this thread or spread over workers. */
export interface BlockPool {
  /** How many jobs can make progress at once. */
  readonly size: number;
  run(job: BlockJob): Promise<BlockResult>;
  /** Frees what the jobs grew (buffers, WebAssembly memories) while the pool waits for more. */
  release(): void;
  close(): void;
}

/** Runs jobs in the calling thread: for tests in Node, and where workers cannot start workers. */
export class LocalBlockPool implements BlockPool {
  readonly size = 1;
  run(job: BlockJob): Promise<BlockResult> {
    return Promise.resolve().then(() => processBlock(job));
  }
  release(): void {
    releaseBlockMemory();
  }
  close(): void {}
}

export type BlockWorkerRequest = { id: number; job: BlockJob } | { release: true };
export type BlockWorkerReply =
  { id: number; result: BlockResult } | { id: number; error: { name: string; message: string } };

interface Member {
  worker: Worker;
  busy: number;
}

/**
 * Spreads jobs over dedicated workers, each job to the least busy one. Errors keep their name
 * (a QuotaExceededError must still be recognised as one after crossing threads).
 */
export class WorkerBlockPool implements BlockPool {
  private readonly members: Member[] = [];
  private readonly waiting = new Map<
    number,
    { member: Member; resolve: (r: BlockResult) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;

  constructor(
    readonly size: number,
    makeWorker: () => Worker,
  ) {
    for (let k = 0; k < size; k++) {
      const member = { worker: makeWorker(), busy: 0 };
      member.worker.onmessage = (event: MessageEvent<BlockWorkerReply>) => this.settle(event.data);
      member.worker.onerror = (event) =>
        this.failAll(member, event.message || t('import.fail.workerError'));
      this.members.push(member);
    }
  }

  run(job: BlockJob): Promise<BlockResult> {
    const member = this.members.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    member.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { member, resolve, reject });
      const transfer = job.bytes ? [job.bytes.buffer] : [];
      member.worker.postMessage({ id, job } satisfies BlockWorkerRequest, transfer);
    });
  }

  release(): void {
    for (const m of this.members)
      m.worker.postMessage({ release: true } satisfies BlockWorkerRequest);
  }

  close(): void {
    for (const m of this.members) m.worker.terminate();
    this.members.length = 0;
  }

  private settle(reply: BlockWorkerReply): void {
    const entry = this.waiting.get(reply.id);
    if (!entry) return;
    this.waiting.delete(reply.id);
    entry.member.busy--;
    if ('result' in reply) entry.resolve(reply.result);
    else entry.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
  }

  private failAll(member: Member, message: string): void {
    for (const [id, entry] of this.waiting) {
      if (entry.member !== member) continue;
      this.waiting.delete(id);
      entry.reject(new Error(t('import.fail.workerStopped', { message })));
    }
  }
}
