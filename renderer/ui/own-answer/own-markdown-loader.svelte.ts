// The Markdown parser for the learner's own text is a chunk of its own (marked: tens of kilobytes),
// fetched the first time something shows or edits an own answer. Once loaded, rendering is
// synchronous, so a card drawn afterwards never flashes its answer in.
import { purifyHtml } from '../markdown';

class OwnMarkdownLoader {
  /** renderOwnMarkdown (ui/own-markdown.ts) once its chunk has loaded. */
  render = $state.raw<((source: string) => string) | undefined>();
  #loading: Promise<void> | undefined;

  load(): Promise<void> {
    this.#loading ??= import('../own-markdown').then(
      (module) => void (this.render = module.renderOwnMarkdown),
      (error: unknown) => {
        this.#loading = undefined; // tried again by the next answer shown
        throw error;
      },
    );
    return this.#loading;
  }
}

export const ownMarkdown = new OwnMarkdownLoader();

/** Escapes a text for the moment before the parser arrives (and if it never does). */
export function plainTextHtml(source: string): string {
  const div = document.createElement('div');
  div.textContent = source;
  return purifyHtml(div.innerHTML);
}
