// Keyboard map of the study screen, kept apart from the component so it is unit-tested.
import type { Rating } from '../core/types';

export type StudyCommand = { type: 'reveal' } | { type: 'grade'; rating: Rating } | { type: 'undo' } | { type: 'back' };

export function studyCommandFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  revealed: boolean,
): StudyCommand | undefined {
  if (event.altKey) return undefined;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') return { type: 'undo' };
  if (event.ctrlKey || event.metaKey) return undefined;
  if (event.key === 'u' || event.key === 'U') return { type: 'undo' };
  if (event.key === 'Escape') return { type: 'back' };
  if (!revealed && (event.key === ' ' || event.key === 'Enter')) return { type: 'reveal' };
  if (revealed && ['1', '2', '3', '4'].includes(event.key)) return { type: 'grade', rating: Number(event.key) as Rating };
  return undefined;
}

/** Keys typed into a form field belong to the field, not to the study shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
