// Checks every local link (href/src) of a static site: the target file must exist and, for `#fragment`s,
// the id must exist in it. External links cannot be fetched from here (closed network): they are listed, not checked.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'docs/site');
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.html')) files.push(p);
  }
};
walk(dir);

const ids = new Map();
const idsOf = (file) => {
  if (!ids.has(file)) {
    const html = readFileSync(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1])));
  }
  return ids.get(file);
};

const broken = [];
let external = 0;
let checked = 0;
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  for (const [, , url] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    if (/^(https?:|mailto:|data:|javascript:)/.test(url)) {
      if (url.startsWith('http')) external++;
      continue;
    }
    checked++;
    const [path, fragment] = url.split('#');
    const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
    const targetFile =
      existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
    if (!existsSync(targetFile)) broken.push(`${relative(dir, file)} → ${url} (missing file)`);
    else if (
      fragment &&
      targetFile.endsWith('.html') &&
      !idsOf(targetFile).has(decodeURIComponent(fragment))
    )
      broken.push(`${relative(dir, file)} → ${url} (missing #${fragment})`);
  }
}
console.log(
  `Links: ${checked} local links checked in ${files.length} pages, ${external} external links not fetched`,
);
if (broken.length) {
  console.error(broken.map((b) => `✗ ${b}`).join('\n'));
  process.exit(1);
}
