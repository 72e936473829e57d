// The microphone, for a mock interview's spoken answer: allowed only to our own page, only for
// audio, and only while the page has said the learner pressed Record. Every other permission,
// and the microphone at any other time, stays refused (security.ts).
import { isAppUrl } from './security';

/** What Electron tells the permission handler about a request. */
export interface PermissionRequest {
  permission: string;
  /** The page asking, for a media request. */
  requestingUrl?: string | undefined;
  /** What a 'media' request wants: 'audio', 'video' or both. */
  mediaTypes?: readonly string[] | undefined;
}

/** Whether a request is granted, given whether the learner has just pressed Record. */
export function isMicrophoneRequestAllowed(request: PermissionRequest, recordPressed: boolean): boolean {
  const types = request.mediaTypes ?? [];
  return (
    recordPressed &&
    request.permission === 'media' &&
    types.length > 0 &&
    types.every((type) => type === 'audio') &&
    request.requestingUrl !== undefined &&
    isAppUrl(request.requestingUrl)
  );
}

/**
 * The page's word that Record was pressed, spent by the request it was for: a second request
 * needs a second press. The page takes it back when the request has been answered.
 */
export class MicrophoneGate {
  #open = false;

  set(open: boolean): void {
    this.#open = open;
  }

  /** Decides one request; a granted one closes the gate. */
  decide(request: PermissionRequest): boolean {
    const granted = isMicrophoneRequestAllowed(request, this.#open);
    if (granted) this.#open = false;
    return granted;
  }
}
