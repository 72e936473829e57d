import type { CardSection } from '../../core/study-card';

/** Scheduled study follows the queue; free practice walks a fixed list of cards. */
export type StudyMode =
  | { kind: 'scheduled'; section: CardSection | undefined }
  | { kind: 'practice'; cardIds: readonly string[]; updatesSchedule: boolean };
