// The interview the learner studies for: its date, their daily ceiling, their section order and,
// afterwards, how it went. It belongs to the learner, not to a computer: it travels in progress
// files and the most recent change wins a merge (a setting would keep this computer's value).
export interface InterviewDate {
  /** Epoch ms of the interview; with `hasTime` false, the start of its day (local). 0: no date. */
  interviewAt: number;
  hasTime: boolean;
  /** Minutes a day the learner will study at most; 0: no ceiling. */
  ceilingMinutes: number;
  /** Section ids in the learner's order; empty: the deck's order. */
  sectionOrder: string[];
  /** Sections whose fact cards the learner chose to leave out to fit the ceiling. */
  leftOut: string[];
  /** When the date was set (the readiness chart starts there). */
  setAt: number;
  /** How it went, written after the date. */
  outcomeNote: string;
  updatedAt: number;
}

/** The readiness worked out on one study day, kept as it was first computed that day. */
export interface ReadinessDay {
  /** The study day, 'YYYY-MM-DD'. */
  day: string;
  /** The interview the figure was for (a changed date starts a new series). */
  interviewAt: number;
  /** Predicted recall on the interview day, 0..1, overall. */
  overall: number;
  /** By section id. */
  bySection: Record<string, number>;
}
