// Keyboard map of the study screen (Anki's keys where Anki has one), kept apart from the
// component so it is unit-tested and listed in the help dialog from one place.
import { Rating, type FlagColour } from '../../core/types';

export type StudyCommand =
  | { type: 'reveal' }
  | { type: 'grade'; rating: Rating }
  | { type: 'undo' }
  | { type: 'back' }
  | { type: 'flag'; flag: FlagColour }
  | { type: 'bury' }
  | { type: 'suspend' }
  | { type: 'note' }
  | { type: 'own-answer' }
  | { type: 'info' }
  | { type: 'flip-language' }
  | { type: 'help' };

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export function studyCommandFor(event: KeyEvent, revealed: boolean): StudyCommand | undefined {
  if (event.altKey) return undefined;
  const mod = event.ctrlKey || event.metaKey;
  if (mod) {
    if (event.key.toLowerCase() === 'z') return { type: 'undo' };
    if (['1', '2', '3', '4'].includes(event.key)) return { type: 'flag', flag: Number(event.key) as FlagColour };
    return undefined;
  }
  switch (event.key) {
    case ' ':
    case 'Enter':
      return revealed ? { type: 'grade', rating: Rating.Good } : { type: 'reveal' };
    case '1':
    case '2':
    case '3':
    case '4':
      return revealed ? { type: 'grade', rating: Number(event.key) as Rating } : undefined;
    case 'u':
    case 'U':
      return { type: 'undo' };
    case 'Escape':
      return { type: 'back' };
    case '-':
      return { type: 'bury' };
    case '@':
      return { type: 'suspend' };
    case 'n':
    case 'N':
      return { type: 'note' };
    case 'a':
    case 'A':
      return { type: 'own-answer' };
    case 'i':
    case 'I':
      return { type: 'info' };
    case 'l':
    case 'L':
      return { type: 'flip-language' };
    case '?':
      return { type: 'help' };
    default:
      return undefined;
  }
}

/** Every shortcut, for the help dialog: [keys, message key of what it does]. */
export const STUDY_SHORTCUTS = [
  ['Space / Enter', 'help.reveal'],
  ['1 2 3 4', 'help.grade'],
  ['Space / Enter', 'help.good'],
  ['U / Ctrl+Z', 'help.undo'],
  ['Ctrl+1 … Ctrl+4', 'help.flag'],
  ['-', 'help.bury'],
  ['@', 'help.suspend'],
  ['N', 'help.note'],
  ['A', 'help.ownAnswer'],
  ['I', 'help.info'],
  ['L', 'help.flip'],
  ['?', 'help.help'],
  ['Esc', 'help.back'],
] as const;

/** Keys typed into a form field or inside an open dialog belong there, not to the study shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog') !== null;
}
