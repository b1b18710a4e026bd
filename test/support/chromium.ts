import { chromium, type Browser } from 'playwright-core';

/** The playground's user in browser tests. */
export const PLAYGROUND_USER = { email: 'you@localhost', locale: 'en' };

/** Debian's Chromium (playwright cannot download one here), headless, reaching nothing on the network. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
