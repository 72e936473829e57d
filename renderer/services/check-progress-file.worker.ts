// The worker that checks a progress file, or streams its answers (see check-progress-file.ts).
import { CheckAnswerer, type CheckMessage } from '../core/progress-file-check';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: CheckMessage): void;
};

const answerer = new CheckAnswerer((message) => scope.postMessage(message));
scope.onmessage = (event) => answerer.take(event.data);
