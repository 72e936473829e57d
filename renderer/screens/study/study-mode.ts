import type { SectionId } from '../../../content/syllabus';

/** Scheduled study follows the queue; free practice walks a fixed list of cards. */
export type StudyMode =
  | { kind: 'scheduled'; section: SectionId | undefined }
  | { kind: 'practice'; cardIds: readonly string[]; updatesSchedule: boolean };
