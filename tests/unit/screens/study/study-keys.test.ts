import { describe, expect, it } from 'vitest';
import { studyCommandFor } from '../../../../renderer/screens/study/study-keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('study keys', () => {
  it('reveals with Space or Enter only before the answer shows', () => {
    expect(studyCommandFor(key(' '), false)).toEqual({ type: 'reveal' });
    expect(studyCommandFor(key('Enter'), false)).toEqual({ type: 'reveal' });
    expect(studyCommandFor(key(' '), true)).toEqual({ type: 'grade', rating: 3 }); // then Space means Good, as in Anki
  });
  it('grades 1-4 only once the answer shows', () => {
    expect(studyCommandFor(key('3'), true)).toEqual({ type: 'grade', rating: 3 });
    expect(studyCommandFor(key('1'), false)).toBeUndefined();
    expect(studyCommandFor(key('5'), true)).toBeUndefined();
  });
  it('undoes with U and Ctrl/Cmd+Z, and ignores other modified keys', () => {
    expect(studyCommandFor(key('u'), true)).toEqual({ type: 'undo' });
    expect(studyCommandFor(key('z', { ctrlKey: true }), false)).toEqual({ type: 'undo' });
    expect(studyCommandFor(key('Z', { metaKey: true }), false)).toEqual({ type: 'undo' });
    expect(studyCommandFor(key('q', { ctrlKey: true }), true)).toBeUndefined();
    expect(studyCommandFor(key('3', { altKey: true }), true)).toBeUndefined();
  });
  it('goes back with Escape', () => {
    expect(studyCommandFor(key('Escape'), false)).toEqual({ type: 'back' });
  });
});

describe('card action keys', () => {
  it('flags with Ctrl+1..4 and maps the other actions', () => {
    expect(studyCommandFor(key('2', { ctrlKey: true }), false)).toEqual({ type: 'flag', flag: 2 });
    expect(studyCommandFor(key('-'), true)).toEqual({ type: 'bury' });
    expect(studyCommandFor(key('@'), true)).toEqual({ type: 'suspend' });
    expect(studyCommandFor(key('n'), false)).toEqual({ type: 'note' });
    expect(studyCommandFor(key('a'), false)).toEqual({ type: 'own-answer' });
    expect(studyCommandFor(key('A'), true)).toEqual({ type: 'own-answer' });
    expect(studyCommandFor(key('i'), false)).toEqual({ type: 'info' });
    expect(studyCommandFor(key('L'), false)).toEqual({ type: 'flip-language' });
    expect(studyCommandFor(key('?'), false)).toEqual({ type: 'help' });
  });
});
