/**
 * Debian's chromium as Playwright (playwright.config.ts) and Lighthouse (bench/lighthouse.ts) run it:
 * no sandbox (containers), no GPU, /tmp instead of a small /dev/shm, and no background traffic of
 * its own that would mix into what is measured.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
