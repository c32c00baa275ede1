// `npm ci` in the current directory, but only when its package-lock.json changed since the last install there: a
// clean install takes 15 to 50 seconds on a busy machine, and the Maven build runs this on every build (the ui
// module for the web front end, the workflows module for workflows/modeler). A stamp in node_modules holds the lock
// file's hash; a new clone, a deleted node_modules or any change to the lock file installs afresh.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stamp = 'node_modules/.duban-lock-sha256';
const hash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  console.log(`${process.cwd()}: node_modules matches package-lock.json, no install`);
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { stdio: 'inherit' });
  writeFileSync(stamp, hash);
}
