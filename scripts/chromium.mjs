// Finds the system Chromium used by the browser tests, installing Debian's package when we may.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

const HOW_TO =
  'Cần Chromium cho các kiểm thử trên trình duyệt / Chromium is needed for the browser tests.\n' +
  '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
  '  hoặc / or: CHROMIUM_PATH=/path/to/chromium pnpm test';

/** Returns the path of a Chromium binary, installing Debian's `chromium` as root if none is found. */
export function ensureChromium() {
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(
      `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} không tồn tại / does not exist.\n${HOW_TO}`,
    );
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    process.stderr.write('Chromium not found: installing Debian package "chromium" (apt-get)…\n');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(`Không tìm thấy Chromium / Chromium not found.\n${HOW_TO}`);
}
