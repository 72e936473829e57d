// One labelled case for the key-point matcher: a typed outline, a real key point from the deck,
// and whether a reader would say the outline makes that point.
export interface KeyPointCase {
  outline: string;
  keyPoint: string;
  covered: boolean;
}
