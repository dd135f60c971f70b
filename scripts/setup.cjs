// `npm run setup`: installs the system packages that the browser tests and the
// production server check need: Debian's Chromium, nginx and nginx's
// brotli_static module. It uses apt when run as root on Debian or Ubuntu, and
// otherwise prints what to install. Plain CommonJS, like require-node.cjs.
'use strict';

var childProcess = require('node:child_process');
var fs = require('node:fs');

var packages = ['chromium', 'nginx', 'libnginx-mod-http-brotli-static'];

function installed(name) {
  var result = childProcess.spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.indexOf('install ok installed') !== -1;
}

function run(command, args) {
  console.log('setup: ' + command + ' ' + args.join(' '));
  var result = childProcess.spawnSync(command, args, {
    stdio: 'inherit',
    env: Object.assign({}, process.env, { DEBIAN_FRONTEND: 'noninteractive' }),
  });
  if (result.status !== 0) {
    console.error('setup: `' + command + ' ' + args.join(' ') + '` failed.');
    process.exit(1);
  }
}

if (!fs.existsSync('/usr/bin/apt-get') || !fs.existsSync('/usr/bin/dpkg-query')) {
  console.log(
    'setup: no apt here, so nothing is installed. For `npm test` you need a Chromium (`npx playwright install chromium`, ' +
      'or set CHROMIUM_PATH); nginx with the brotli_static module is optional (without it the tests use a Node server).',
  );
  process.exit(0);
}

var missing = packages.filter(function (name) {
  return !installed(name);
});
if (missing.length === 0) {
  console.log('setup: ' + packages.join(', ') + ' are installed.');
  process.exit(0);
}
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error('setup: missing ' + missing.join(', ') + '. Install them with: sudo apt-get install -y ' + missing.join(' '));
  process.exit(1);
}
run('apt-get', ['update', '-qq']);
run('apt-get', ['install', '-y', '-qq'].concat(missing));
console.log('setup: installed ' + missing.join(', ') + '.');
