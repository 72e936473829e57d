// The worker that checks a progress file (see check-progress-file.ts): one request, its answer.
import { answerCheck, isCheckRequest, type CheckMessage } from '../core/progress-file-check';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: CheckMessage): void;
};

scope.onmessage = (event) => {
  if (!isCheckRequest(event.data)) {
    scope.postMessage({ type: 'failed', message: 'malformed request' });
    return;
  }
  void answerCheck(event.data, (message) => scope.postMessage(message));
};
