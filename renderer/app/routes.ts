// The screens other than the deck list, loaded apart from it (one file of their own, see
// vite.config.ts): a start compiles only what it shows. App.svelte loads them on first use, and in
// the background once the deck list is drawn (so a screen opened later shows at once), not beside
// the first screen's data, which would slow the first screen.
export const screens = {
  browse: () => import('../screens/browse/Browse.svelte'),
  study: () => import('../screens/study/Study.svelte'),
  practice: () => import('../screens/practice/Practice.svelte'),
  settings: () => import('../screens/settings/Settings.svelte'),
  files: () => import('../screens/files/Files.svelte'),
  stats: () => import('../screens/stats/Stats.svelte'),
  mock: () => import('../screens/mock/Mock.svelte'),
  plan: () => import('../screens/plan/InterviewPlan.svelte'),
  ownCard: () => import('../screens/own-cards/OwnCardForm.svelte'),
  ownFiles: () => import('../screens/own-cards/OwnCardFiles.svelte'),
  mockReport: () => import('../screens/mock-report/MockReport.svelte'),
  mockHistory: () => import('../screens/mock-report/MockHistory.svelte'),
  // Shown only when the database cannot be opened.
  recovery: () => import('../screens/recovery/StorageRecovery.svelte'),
};
