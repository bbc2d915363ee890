// Before the browser tests: is there a Chromium to run them in? Without one, web-test-runner
// prints the same launch stack trace for every test file; this says what to do, once.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(`No Chromium at ${path}: the element tests run in it. Install Debian's (apt-get install -y chromium), or set CHROME_PATH to a Chromium or Chrome binary. The Node tests above ran.`);
  process.exit(1);
}
