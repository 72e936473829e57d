// A long piece of work the learner watches (an import, a restore, a rebuild from history): its
// progress for the bar (ui/TaskProgress.svelte), and Cancel. While any runs, the
// shell holds its navigation and menu commands: leaving the screen would hide a running write.
import type { TaskOptions, TaskProgress } from '../core/task-progress';

/** How many long tasks are running, app-wide. */
export const longTasks = $state({ running: 0 });

export class LongTask {
  /** Undefined until the work reports its first phase. */
  progress = $state.raw<TaskProgress>();
  /** From the work's first report to its end: the bar shows and the rest of the app waits. */
  running = $state(false);
  cancelling = $state(false);
  /** Whether the bar belongs in the dialog that confirmed the work, rather than on the page. */
  inDialog = $state(false);
  #controller: AbortController | undefined;

  /** A run is under way, perhaps still waiting for the learner (a file dialog) before its first report. */
  get busy(): boolean {
    return this.#controller !== undefined;
  }

  /**
   * Runs `work` with options wired to this task. Nothing is held until the work first reports: a
   * file dialog that never answers must not leave the app waiting. Work that is cancelled ends on
   * its own terms (the db layer rolls back and rejects with an AbortError, or the caller's
   * function answers that it was aborted).
   */
  async run<T>(work: (options: Required<TaskOptions>) => Promise<T>, { inDialog = false } = {}): Promise<T> {
    if (this.#controller) throw new Error('a long task is already running');
    const controller = new AbortController();
    this.#controller = controller;
    this.inDialog = inDialog;
    this.cancelling = false;
    this.progress = undefined;
    let holding = false;
    const onProgress = (progress: TaskProgress) => {
      if (!holding) {
        holding = true;
        this.running = true;
        longTasks.running += 1;
      }
      this.progress = progress;
    };
    try {
      return await work({ signal: controller.signal, onProgress });
    } finally {
      if (holding) longTasks.running -= 1;
      this.running = false;
      this.progress = undefined;
      this.#controller = undefined;
    }
  }

  /** Asks the work to stop between two of its steps; nothing it wrote remains. */
  cancel(): void {
    if (!this.#controller || this.cancelling) return;
    this.cancelling = true;
    this.#controller.abort();
  }
}
