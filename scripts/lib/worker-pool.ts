import { parentPort, Worker } from 'node:worker_threads';

/** A job for a worker: its id, which handler, and its input (structured-cloned, or moved when transferred). */
interface Job {
  id: number;
  kind: string;
  data: unknown;
}

/** What a handler answers: its result, and the buffers to move to the caller instead of copying them. */
export interface Answer {
  result: unknown;
  transfer?: ArrayBuffer[];
}

type Pending = Map<number, { done: (v: unknown) => void; fail: (e: Error) => void }>;

/**
 * Worker threads that all run one script (the build), each answering its jobs in turn (one
 * worker may hold several; answers are matched to jobs by id). The threads exist to use every
 * core; they do no I/O of their own unless the handlers do.
 */
export class WorkerPool {
  private readonly workers: { worker: Worker; pending: Pending }[];
  private next = 0;

  constructor(entry: URL, count: number) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(entry);
      const pending: Pending = new Map();
      const failAll = (e: Error) => { for (const p of pending.values()) p.fail(e); pending.clear(); };
      worker.on('message', ({ id, result }: { id: number; result: unknown }) => { pending.get(id)?.done(result); pending.delete(id); });
      worker.on('error', failAll).on('exit', (code) => failAll(new Error(`a build worker exited (${code}) with jobs unanswered`)));
      return { worker, pending };
    });
  }

  /** Number of worker threads. */
  get size(): number {
    return this.workers.length;
  }

  /** Sends a job to worker `k`; resolves with its handler's result, rejects if the thread fails. */
  run<T>(k: number, kind: string, data: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    const { worker, pending } = this.workers[k]!;
    const id = this.next++;
    return new Promise<T>((done, fail) => {
      pending.set(id, { done: done as (v: unknown) => void, fail });
      worker.postMessage({ id, kind, data } satisfies Job, transfer);
    });
  }

  /** Stops every thread (their jobs are done or no longer wanted). */
  close(): void {
    for (const { worker } of this.workers) void worker.terminate();
  }
}

/** Worker side: answers each job with the handler of its kind. */
export function serveJobs(handlers: Record<string, (data: never) => Answer | Promise<Answer>>): void {
  const port = parentPort!;
  port.on('message', async ({ id, kind, data }: Job) => {
    const { result, transfer = [] } = await handlers[kind]!(data as never);
    port.postMessage({ id, result }, transfer);
  });
}

/**
 * Buffers behind byte arrays that own them whole, once each, for a transfer list. An array
 * that is a slice of a larger buffer (Node's pool of small Buffers) is left out: it is copied.
 */
export function buffersOf(arrays: ArrayBufferView[]): ArrayBuffer[] {
  return [...new Set(arrays.filter((a) => a.byteOffset === 0 && a.byteLength === a.buffer.byteLength).map((a) => a.buffer as ArrayBuffer))];
}
