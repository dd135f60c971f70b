/**
 * Runs before `npm test`: the browser tests (and a build test that opens the
 * dev preview) need a Chromium. Without one, say how to get one, in one line,
 * before anything else runs.
 */
import { chromiumPath, noChromium } from '../tests/helpers/chromium.ts';

if (!chromiumPath()) {
  console.error(noChromium);
  process.exitCode = 1;
}
