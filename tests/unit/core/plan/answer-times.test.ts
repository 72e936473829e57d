import { describe, expect, it } from 'vitest';
import { secondsPerAnswer } from '../../../../renderer/core/plan/answer-times';

describe('secondsPerAnswer', () => {
  it('assumes 30 s and 10 s before 50 answers, whatever the medians so far', () => {
    expect(secondsPerAnswer({ answers: 49, medianNewSeconds: 90, medianReviewSeconds: 40 })).toEqual({ newCard: 30, review: 10, own: false });
  });

  it('uses the learner\'s medians from 50 answers, and the assumption for a kind with none yet', () => {
    expect(secondsPerAnswer({ answers: 50, medianNewSeconds: 90, medianReviewSeconds: 40 })).toEqual({ newCard: 90, review: 40, own: true });
    expect(secondsPerAnswer({ answers: 80, medianNewSeconds: 45, medianReviewSeconds: null })).toEqual({ newCard: 45, review: 10, own: true });
  });
});
