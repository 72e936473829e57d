// What the interview plan computes, in one module that the model imports only once a date is set:
// a learner without one (most starts) does not load the planner, the forecast and the readiness.
export { interviewAtOf, planStudy } from '../core/plan/interview-plan';
export { readiness } from '../core/plan/readiness';
export { forecastReviews } from '../core/plan/review-forecast';
export { topUpCards } from '../core/plan/top-up';
