// The check of a progress file as messages (core/progress-file-check.ts) and its client
// (services/check-progress-file.ts): in a worker when there is one, here when there is none.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerCheck, CheckReceiver, HANDOVER_ROWS, PROGRESS_STEPS, type CheckMessage, type CheckRequest } from '../../../renderer/core/progress-file-check';
import { buildProgressFile, parseProgressFile, serializeProgressFile } from '../../../renderer/core/progress-file';
import type { TaskProgress } from '../../../renderer/core/task-progress';
import { checkProgressFile } from '../../../renderer/services/check-progress-file';
import { historyOf, NOW } from '../db/fixtures';

const ANSWERS = 25_000;
const text = serializeProgressFile(await buildProgressFile({ appVersion: '0.1.0', deviceId: 'other', now: NOW, reviews: historyOf(ANSWERS, 'other', NOW - 200 * 86_400_000).map((e, i) => ({ ...e, reviewedAt: NOW - 200 * 86_400_000 + i * 60_000 })) }));
const expected = await parseProgressFile(text);

async function messagesOf(input: string): Promise<CheckMessage[]> {
  const messages: CheckMessage[] = [];
  await answerCheck({ file: new Blob([input]) }, (m) => messages.push(m));
  return messages;
}

function expectOrderly(reports: TaskProgress[]) {
  const done = reports.map((r) => r.done);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(reports.at(-1)).toEqual({ phase: 'checking', done: PROGRESS_STEPS, total: PROGRESS_STEPS });
}

describe('the check as messages', () => {
  it('hands the answers back in pieces, and the page puts together what parseProgressFile returns', async () => {
    expect(expected.ok).toBe(true);
    const messages = await messagesOf(text);
    expect(messages.filter((m) => m.type === 'reviews').map((m) => (m as { rows: unknown[] }).rows.length)).toEqual([HANDOVER_ROWS, HANDOVER_ROWS, ANSWERS - 2 * HANDOVER_ROWS]);
    expect(messages.at(-1)).toMatchObject({ type: 'file', reviewCount: ANSWERS });

    const reports: TaskProgress[] = [];
    const receiver = new CheckReceiver((p) => reports.push(p));
    const results = messages.map((m) => receiver.take(m));
    expect(results.slice(0, -1).every((r) => r === undefined)).toBe(true);
    expect(results.at(-1)).toEqual(expected);
    expectOrderly(reports);
  });

  it('refuses what parseProgressFile refuses, with the same reason', async () => {
    const edited = text.replace('"rating":2', '"rating":3');
    const messages = await messagesOf(edited);
    expect(messages.filter((m) => m.type === 'reviews')).toEqual([]);
    expect(new CheckReceiver().take(messages.at(-1))).toEqual(await parseProgressFile(edited));
    expect(new CheckReceiver().take(messages.at(-1))).toMatchObject({ ok: false, error: 'checksum' });
  });

  it('throws on a message it does not know, and on answers lost on the way', async () => {
    expect(() => new CheckReceiver().take({ type: 'file' })).toThrow('unexpected message');
    expect(() => new CheckReceiver().take('hello')).toThrow('unexpected message');
    const messages = await messagesOf(text);
    const receiver = new CheckReceiver();
    const withoutOnePiece = messages.filter((m, i) => !(m.type === 'reviews' && i === messages.findIndex((x) => x.type === 'reviews')));
    expect(() => withoutOnePiece.forEach((m) => receiver.take(m))).toThrow('answers lost');
  });
});

/** A Worker as the browser has it, running the worker's code on this thread, a message per task. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static failToStart = false;
  terminated = false;
  #listeners: Record<string, ((event: unknown) => void)[]> = {};
  constructor(readonly url: URL) {
    FakeWorker.instances.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    (this.#listeners[type] ??= []).push(listener);
  }
  postMessage(request: CheckRequest) {
    if (FakeWorker.failToStart) {
      setTimeout(() => this.#emit('error', { message: 'blocked', preventDefault: () => undefined }));
      return;
    }
    const queue: CheckMessage[] = [];
    void answerCheck(request, (m) => queue.push(m)).then(() => {
      const next = () => {
        const message = queue.shift();
        if (!message || this.terminated) return;
        this.#emit('message', { data: structuredClone(message) });
        setTimeout(next);
      };
      setTimeout(next);
    });
  }
  terminate() {
    this.terminated = true;
  }
  #emit(type: string, event: unknown) {
    for (const listener of this.#listeners[type] ?? []) listener(event);
  }
}

describe('checkProgressFile', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.instances = [];
    FakeWorker.failToStart = false;
  });

  it('runs the check here when there is no worker', async () => {
    const reports: TaskProgress[] = [];
    expect(await checkProgressFile(text, { onProgress: (p) => reports.push(p) })).toEqual(expected);
    expect(reports[0]).toEqual({ phase: 'reading', done: 0, total: 0 });
    expectOrderly(reports.slice(1));
  });

  it('runs the check in the worker, and lets it go once it has answered', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const reports: TaskProgress[] = [];
    expect(await checkProgressFile(text, { onProgress: (p) => reports.push(p) })).toEqual(expected);
    expect(FakeWorker.instances).toHaveLength(1);
    expect(FakeWorker.instances[0]!.url.pathname).toMatch(/check-progress-file\.worker\.ts$/);
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
    expectOrderly(reports.slice(1));
  });

  it('stops the worker and rejects with an AbortError on Cancel', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const checking = checkProgressFile(text, { signal: controller.signal, onProgress: (p) => p.phase === 'checking' && controller.abort() });
    await expect(checking).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
  });

  it('checks here when the worker cannot start', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failToStart = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await checkProgressFile(text)).toEqual(expected);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no worker'), 'blocked');
    warn.mockRestore();
  });
});
