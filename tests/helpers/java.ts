import { spawnSync } from 'node:child_process';

/**
 * Whether a Java runtime answers on the PATH: the HTML check runs the W3C Nu
 * HTML Checker (vnu-jar) with it. Never the package's own `vnu` command or
 * `check()`, which download a JDK from another host when Java is missing.
 */
export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** What to do when there is no Java, in one line. */
export const noJava =
  'No Java for the HTML check (the W3C Nu HTML Checker): install a Java runtime, 17 or newer (Debian/Ubuntu: `npm run setup`, which installs default-jre-headless), so that `java` is on the PATH.';
