import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// The e2e tests drive a real Chromium. Playwright cannot download its own browser on every machine, so
// take, in order: an explicit CHROMIUM_PATH, the system's Chromium or Chrome, then Playwright's own build.
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, ...SYSTEM_BROWSERS].filter(
    (p): p is string => Boolean(p),
  );
  const system = candidates.find((p) => existsSync(p));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the e2e tests. Install one:\n' +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  elsewhere:     npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}
