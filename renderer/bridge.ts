import type { Bridge } from '../electron/contract';

declare global {
  interface Window {
    /** Defined by the Electron preload, or by the loopback test bridge script. */
    gatewayDoctor?: Bridge;
  }
}

/**
 * The bridge the renderer talks through. The Electron preload defines it; in
 * Chromium tests the loopback test bridge script defines the same shape.
 * Returns null when neither is present (the app shows a plain error).
 */
export function getBridge(): Bridge | null {
  return window.gatewayDoctor ?? null;
}
