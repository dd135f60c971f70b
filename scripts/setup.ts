/**
 * `npm run setup`: installs the system packages that the browser tests, the
 * HTML check and the production server check use: Debian's Chromium, a Java
 * runtime (for the W3C Nu HTML Checker, which vnu-jar ships as a jar), nginx
 * and nginx's brotli_static module. It uses apt when run as root on Debian or
 * Ubuntu, and otherwise prints what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const packages = ['chromium', 'default-jre-headless', 'nginx', 'libnginx-mod-http-brotli-static'];

function installed(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function run(command: string, args: string[]): void {
  console.log(`setup: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`setup: \`${command} ${args.join(' ')}\` failed.`);
    process.exit(1);
  }
}

if (!existsSync('/usr/bin/apt-get') || !existsSync('/usr/bin/dpkg-query')) {
  console.log(
    'setup: no apt here, so nothing is installed. For `npm test` you need a Chromium (`npx playwright install chromium`, ' +
      'or set CHROMIUM_PATH) and a Java runtime, 17 or newer, as `java` on the PATH; nginx with the brotli_static module ' +
      'is optional (without it the tests use a Node server).',
  );
  process.exit(0);
}

const missing = packages.filter((name) => !installed(name));
if (missing.length === 0) {
  console.log(`setup: ${packages.join(', ')} are installed.`);
} else if (process.getuid?.() !== 0) {
  console.error(
    `setup: missing ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`,
  );
  process.exitCode = 1;
} else {
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing]);
  console.log(`setup: installed ${missing.join(', ')}.`);
}
