// Runs before build, dev, check and test, on whatever Node npm found first.
// Plain CommonJS with no modern syntax, so that even an old Node can run it and
// print one line instead of a stack trace from a TypeScript file it cannot load.
'use strict';

var minimum = [22, 12];
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > minimum[0] || (parts[0] === minimum[0] && parts[1] >= minimum[1]);

if (!ok) {
  console.error(
    'This project needs Node.js ' +
      minimum.join('.') +
      ' or newer, but npm ran Node ' +
      process.versions.node +
      ': run `npm install` (it installs Node 24 into node_modules; `--ignore-scripts` skips that) or install Node 24.',
  );
  process.exit(1);
}
