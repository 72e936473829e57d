// Tells a learner that a card's answer changed since they last answered it. Each locale's deck
// has its own content hashes, so the seen hash carries its locale: switching language is not a
// revision.

export function seenHashOf(locale: string, contentHash: string): string {
  return `${locale}:${contentHash}`;
}

/** True when the card was answered before in this locale and its content has changed since. */
export function isAnswerRevised(seenHash: string | undefined, locale: string, contentHash: string): boolean {
  if (!seenHash) return false;
  const separator = seenHash.lastIndexOf(':');
  if (separator < 0 || seenHash.slice(0, separator) !== locale) return false;
  return seenHash.slice(separator + 1) !== contentHash;
}
