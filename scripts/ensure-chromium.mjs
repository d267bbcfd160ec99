/**
 * Finds Chromium for the browser tests; installs Debian's package where it is missing and this process may
 * install packages; otherwise stops with one line saying how to install it.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

function canInstall() {
	try {
		execSync('command -v apt-get', { stdio: 'ignore' });
		return typeof process.getuid === 'function' && process.getuid() === 0;
	} catch {
		return false;
	}
}

let path = findChromium();
if (!path && canInstall()) {
	console.log('Chromium not found; installing Debian package "chromium"…');
	try {
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core', { stdio: 'inherit' });
	} catch {
		// Reported below in one line.
	}
	path = findChromium();
}
if (!path) {
	console.error('Chromium is missing: install it with `sudo apt-get install chromium` or set CHROMIUM_PATH to a Chromium binary.');
	process.exit(1);
}
console.log(`Chromium: ${path}`);
