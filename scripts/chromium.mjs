// The one place that knows how this project starts Chromium: which binary
// (the system's, never a downloaded one) and which flags (headless, no
// sandbox as root, and nothing that phones home on a closed network).
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Path of the Chrome or Chromium to drive; throws with the fix when there is none. */
export function findChromium() {
  const path = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!path) {
    throw new Error(
      [
        'No Chrome or Chromium found (looked for CHROME_PATH, then /usr/bin/chromium and the usual names).',
        'No test tool here downloads a browser. Install the system one:',
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core   # Debian',
        '  sudo snap install chromium && export CHROME_PATH=/snap/bin/chromium        # Ubuntu',
        'or run `bash .ci/run`, which installs it and runs everything CI runs.',
      ].join('\n'),
    );
  }
  return path;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
