// The check of a progress file as messages (core/progress-file-check.ts) and its client
// (services/check-progress-file.ts): in a worker when there is one, here when there is none. The
// check hands back everything but the answers; a stream reads the file again and hands the answers
// over in batches, never more than BATCHES_AHEAD ahead of what the page took.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BATCHES_AHEAD, CheckAnswerer, CheckReceiver, StreamReceiver, type CheckMessage, type CheckRequest } from '../../../renderer/core/progress-file-check';
import { buildProgressFile, parseProgressFile, serializeProgressFile, type ProgressFile } from '../../../renderer/core/progress-file';
import { BATCH_ROWS, type ReviewSource } from '../../../renderer/core/review-source';
import type { TaskProgress } from '../../../renderer/core/task-progress';
import type { ReviewEvent } from '../../../renderer/core/types';
import { checkProgressFile } from '../../../renderer/services/check-progress-file';
import { historyOf, NOW } from '../db/fixtures';

const ANSWERS = 25_000;
const text = serializeProgressFile(await buildProgressFile({ appVersion: '0.1.0', deviceId: 'other', now: NOW, reviews: historyOf(ANSWERS, 'other', NOW - 200 * 86_400_000).map((e, i) => ({ ...e, reviewedAt: NOW - 200 * 86_400_000 + i * 60_000 })) }));
const parsed = await parseProgressFile(text);
if (!parsed.ok) throw new Error('the fixture does not parse');
const expected: ProgressFile = parsed.file;
const { reviews: expectedReviews, ...expectedRest } = expected;

async function checkMessages(input: string): Promise<CheckMessage[]> {
  const messages: CheckMessage[] = [];
  await new Promise<void>((resolve) => {
    new CheckAnswerer((m) => {
      messages.push(m);
      if (m.type !== 'progress') resolve();
    }).take({ type: 'check', file: new Blob([input]) });
  });
  return messages;
}

/** A stream read to its end on this thread, checking at each batch that the reader never ran ahead. */
async function streamAll(input: string): Promise<{ rows: ReviewEvent[]; sizes: number[] }> {
  let asked = 0;
  let received = 0;
  const receiver: StreamReceiver = new StreamReceiver(
    () => {
      asked++;
      answerer.take({ type: 'more' });
    },
    () => {},
  );
  const answerer = new CheckAnswerer((m) => {
    if (m.type === 'reviews') {
      received++;
      expect(received).toBeLessThanOrEqual(BATCHES_AHEAD + asked);
    }
    receiver.take(structuredClone(m));
  });
  answerer.take({ type: 'stream', file: new Blob([input]) });
  const rows: ReviewEvent[] = [];
  const sizes: number[] = [];
  for (let batch = await receiver.next(); batch !== null; batch = await receiver.next()) {
    sizes.push(batch.length);
    rows.push(...batch);
  }
  return { rows, sizes };
}

async function readAll(source: ReviewSource): Promise<ReviewEvent[]> {
  const batches = source.open();
  const rows: ReviewEvent[] = [];
  try {
    for (let batch = await batches.next(); batch !== null; batch = await batches.next()) rows.push(...batch);
  } finally {
    batches.close();
  }
  return rows;
}

function expectOrderly(reports: TaskProgress[]) {
  const done = reports.map((r) => r.done);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  const last = reports.at(-1)!;
  expect(last.phase).toBe('checking');
  expect(last.done).toBe(last.total);
}

describe('the check as messages', () => {
  it('hands back the file without its answers, and their count', async () => {
    const messages = await checkMessages(text);
    expect(messages.at(-1)).toEqual({ type: 'checked', file: expectedRest, reviewCount: ANSWERS });
    expect(messages.some((m) => m.type === 'reviews')).toBe(false);
    const reports: TaskProgress[] = [];
    const receiver = new CheckReceiver((p) => reports.push(p));
    const results = messages.map((m) => receiver.take(m));
    expect(results.slice(0, -1).every((r) => r === undefined)).toBe(true);
    expect(results.at(-1)).toEqual({ ok: true, file: expectedRest, reviewCount: ANSWERS });
    expectOrderly(reports);
  });

  it('refuses what parseProgressFile refuses, with the same reason', async () => {
    const edited = text.replace('"rating":2', '"rating":3');
    const messages = await checkMessages(edited);
    expect(new CheckReceiver().take(messages.at(-1))).toEqual(await parseProgressFile(edited));
    expect(new CheckReceiver().take(messages.at(-1))).toMatchObject({ ok: false, error: 'checksum' });
  });

  it('streams the answers in batches, in file order, never more than BATCHES_AHEAD ahead', async () => {
    const { rows, sizes } = await streamAll(text);
    expect(sizes).toEqual([BATCH_ROWS, BATCH_ROWS, ANSWERS - 2 * BATCH_ROWS]);
    expect(rows).toEqual(expectedReviews);
  });

  it('fails a stream whose file reads differently from the one checked', async () => {
    // The last answer's rating, changed: every batch reads, and only the end finds the change.
    const at = text.lastIndexOf('"rating":') + '"rating":'.length;
    const edited = `${text.slice(0, at)}${text[at] === '1' ? '2' : '1'}${text.slice(at + 1)}`;
    await expect(streamAll(edited)).rejects.toThrow(/reads differently \(checksum\)/);
  });

  it('throws on a message it does not know', () => {
    expect(() => new CheckReceiver().take({ type: 'file' })).toThrow('unexpected message');
    expect(() => new CheckReceiver().take('hello')).toThrow('unexpected message');
    expect(() => new CheckReceiver().take({ type: 'reviews', rows: [] })).toThrow('unexpected reviews');
  });
});

/** A Worker as the browser has it, running the worker's code on this thread, a message per task. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static failToStart = false;
  terminated = false;
  #listeners: Record<string, ((event: unknown) => void)[]> = {};
  #answerer = new CheckAnswerer((m) => setTimeout(() => !this.terminated && this.#emit('message', { data: structuredClone(m) })));
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
    this.#answerer.take(structuredClone(request));
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

  it('runs the check here when there is no worker, and reads the answers again when asked', async () => {
    const reports: TaskProgress[] = [];
    const result = await checkProgressFile(text, { onProgress: (p) => reports.push(p) });
    if (!result.ok) throw new Error(result.error);
    const { reviews, ...rest } = result.file;
    expect(rest).toEqual(expectedRest);
    expect(reviews.count).toBe(ANSWERS);
    expect(await readAll(reviews)).toEqual(expectedReviews);
    expect(reports[0]).toEqual({ phase: 'reading', done: 0, total: 0 });
    expectOrderly(reports.slice(1));
  });

  it('checks in one worker and lets it go; each reading of the answers has a worker of its own, let go when closed', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const result = await checkProgressFile(text);
    if (!result.ok) throw new Error(result.error);
    expect(FakeWorker.instances).toHaveLength(1);
    expect(FakeWorker.instances[0]!.url.pathname).toMatch(/check-progress-file\.worker\.ts$/);
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
    expect(await readAll(result.file.reviews)).toEqual(expectedReviews);
    expect(FakeWorker.instances).toHaveLength(2);
    expect(FakeWorker.instances[1]!.terminated).toBe(true);
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
    const result = await checkProgressFile(text);
    expect(result.ok && (await readAll(result.file.reviews))).toEqual(expectedReviews);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no worker'), 'blocked');
    warn.mockRestore();
  });

  it('refuses a file too large from its size, unread', async () => {
    const huge = { size: 300 * 1024 * 1024 } as Blob;
    expect(await checkProgressFile(huge)).toEqual({ ok: false, error: 'too-large' });
  });
});
