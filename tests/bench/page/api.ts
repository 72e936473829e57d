// What the benchmark page exposes to the harness (tests/bench/harness.ts drives it with Playwright).

export interface SeedResult {
  reviews: number;
  cards: number;
  ms: number;
}

export interface ExportTiming {
  ms: number;
  reviews: number;
  /** Characters of the serialized file. */
  bytes: number;
}

export interface ReplayTiming {
  ms: number;
  reviews: number;
  /** The replayed states equal the stored ones (the seed went through the app's own scheduler). */
  consistent: boolean;
}

export interface ImportTiming {
  /** Null when the app refuses the file (then `refused` says why, e.g. 'too-large'). */
  ms: number | null;
  refused: string | null;
}

export interface StatsBuildTiming {
  /** Counting the whole log into the statistics' slots, as a database from before schema 4 does once. */
  ms: number;
  /** The app's count equals the slots the seed stored. */
  consistent: boolean;
}

export interface SearchTiming {
  /** Cards searched: the bundled deck four times over. */
  cards: number;
  queries: number;
  /** Median time of one query over all of them (the card browser's filter, text folded once). */
  msPerQuery: number;
  /** Cards found over all the queries, so a search that finds nothing is not timed as fast. */
  matches: number;
}

export interface PlanTiming {
  /** The interview plan and readiness worked out on opening, with an interview 14 days ahead (the day's answer times read). */
  firstMs: number;
  /** Median of the next ones (the times kept for the day). */
  medianMs: number;
}

export interface FloorTiming {
  putMs: number;
  readMs: number;
  fsrsMs: number;
  reviews: number;
}

export interface BenchPageApi {
  seed(reviews: number): Promise<SeedResult>;
  measureExport(): Promise<ExportTiming>;
  measureImport(): Promise<ImportTiming>;
  measureReplay(): Promise<ReplayTiming>;
  measureStatsBuild(): Promise<StatsBuildTiming>;
  measureFloor(): Promise<FloorTiming>;
  measureSearch(): Promise<SearchTiming>;
  /** The same search over the deck (both languages' words) and 10,000 of the learner's own cards. */
  measureOwnSearch(): Promise<SearchTiming>;
  measurePlan(): Promise<PlanTiming>;
  /** Stores `count` finished mock interviews of six deck questions each, one a day back from now. */
  seedMockInterviews(count: number): Promise<number>;
}

declare global {
  interface Window {
    bench: BenchPageApi;
  }
}
