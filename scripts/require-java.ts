/**
 * Runs before `npm test` and `npm run test:e2e`: the HTML check of every built
 * page (tests/e2e/html.e2e.test.ts) needs Java. Without it, say so in one
 * line, before anything else runs.
 */
import { hasJava, noJava } from '../tests/helpers/java.ts';

if (!hasJava()) {
  console.error(noJava);
  process.exitCode = 1;
}
