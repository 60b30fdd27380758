import { parentPort, Worker } from 'node:worker_threads';

/** A job for a worker: which handler, and its input (structured-cloned, or moved when transferred). */
interface Job {
  kind: string;
  data: unknown;
}

/** What a handler answers: its result, and the buffers to move to the caller instead of copying them. */
export interface Answer {
  result: unknown;
  transfer?: ArrayBuffer[];
}

/**
 * Worker threads that all run one script (the build), each answering one job at a time. The
 * threads do no I/O of their own unless the handlers do; they exist to use every core.
 */
export class WorkerPool {
  private readonly workers: Worker[];

  constructor(entry: URL, count: number) {
    this.workers = Array.from({ length: count }, () => new Worker(entry));
  }

  /** Number of worker threads. */
  get size(): number {
    return this.workers.length;
  }

  /** Sends a job to worker `k`; resolves with its handler's result, rejects if the thread fails. */
  run<T>(k: number, kind: string, data: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    const w = this.workers[k]!;
    return new Promise<T>((done, fail) => {
      const onMessage = (m: T) => { off(); done(m); };
      const onError = (e: Error) => { off(); fail(e); };
      const onExit = (code: number) => { off(); fail(new Error(`a build worker exited (${code}) during a "${kind}" job`)); };
      const off = () => { w.off('message', onMessage); w.off('error', onError); w.off('exit', onExit); };
      w.on('message', onMessage).on('error', onError).on('exit', onExit);
      w.postMessage({ kind, data } satisfies Job, transfer);
    });
  }

  /** Stops every thread (their jobs are done or no longer wanted). */
  close(): void {
    for (const w of this.workers) void w.terminate();
  }
}

/** Worker side: answers each job with the handler of its kind, one after the other. */
export function serveJobs(handlers: Record<string, (data: never) => Answer | Promise<Answer>>): void {
  const port = parentPort!;
  port.on('message', async ({ kind, data }: Job) => {
    const { result, transfer = [] } = await handlers[kind]!(data as never);
    port.postMessage(result, transfer);
  });
}

/**
 * Buffers behind byte arrays that own them whole, once each, for a transfer list. An array
 * that is a slice of a larger buffer (Node's pool of small Buffers) is left out: it is copied.
 */
export function buffersOf(arrays: Uint8Array[]): ArrayBuffer[] {
  return [...new Set(arrays.filter((a) => a.byteOffset === 0 && a.byteLength === a.buffer.byteLength).map((a) => a.buffer as ArrayBuffer))];
}
