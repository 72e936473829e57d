import { describe, expect, it } from 'vitest';
import { isMicrophoneRequestAllowed, MicrophoneGate } from '../../../electron/microphone';

const ours = { permission: 'media', requestingUrl: 'app://flashcards/index.html', mediaTypes: ['audio'] };

describe('the microphone permission', () => {
  it('is granted to our page for audio once Record was pressed', () => {
    expect(isMicrophoneRequestAllowed(ours, true)).toBe(true);
  });

  it('is refused before Record is pressed', () => {
    expect(isMicrophoneRequestAllowed(ours, false)).toBe(false);
  });

  it('is refused for the camera, or audio with video, or a request naming no media', () => {
    expect(isMicrophoneRequestAllowed({ ...ours, mediaTypes: ['video'] }, true)).toBe(false);
    expect(isMicrophoneRequestAllowed({ ...ours, mediaTypes: ['audio', 'video'] }, true)).toBe(false);
    expect(isMicrophoneRequestAllowed({ ...ours, mediaTypes: [] }, true)).toBe(false);
    expect(isMicrophoneRequestAllowed({ ...ours, mediaTypes: undefined }, true)).toBe(false);
  });

  it('is refused to any other page', () => {
    for (const requestingUrl of ['https://evil.example/', 'app://other/index.html', 'file:///tmp/x.html', 'devtools://devtools/', undefined, 'not a url']) {
      expect(isMicrophoneRequestAllowed({ ...ours, requestingUrl }, true)).toBe(false);
    }
  });

  it('never grants any other permission, whatever the gate says', () => {
    for (const permission of ['notifications', 'geolocation', 'clipboard-read', 'display-capture', 'midi', 'hid']) {
      expect(isMicrophoneRequestAllowed({ ...ours, permission }, true)).toBe(false);
    }
  });
});

describe('the microphone gate', () => {
  it('is shut until the page opens it, and one press grants one request', () => {
    const gate = new MicrophoneGate();
    expect(gate.decide(ours)).toBe(false);
    gate.set(true);
    expect(gate.decide(ours)).toBe(true);
    expect(gate.decide(ours)).toBe(false);
  });

  it('stays open through a refused request, and shuts when the page says so', () => {
    const gate = new MicrophoneGate();
    gate.set(true);
    expect(gate.decide({ ...ours, mediaTypes: ['video'] })).toBe(false);
    gate.set(false);
    expect(gate.decide(ours)).toBe(false);
  });
});
