// Offline dependency review (no audit service is reachable here): the production dependency tree of every
// workspace package must match the committed allow-list (package → allowed version range + reason), and
// packages with known advisories must be at or above their patched versions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const allow = JSON.parse(readFileSync(new URL('../deps-allowlist.json', import.meta.url), 'utf8'));
const tree = JSON.parse(
  execFileSync('pnpm', ['list', '--prod', '--depth', 'Infinity', '--json', '-r'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }),
);

/** name → Set of versions, with one path each for the report. */
const found = new Map();
function walk(deps, trail) {
  for (const [name, dep] of Object.entries(deps ?? {})) {
    const here = [...trail, `${name}@${dep.version}`];
    if (!String(dep.version).startsWith('link:')) {
      if (!found.has(name)) found.set(name, new Map());
      found.get(name).set(dep.version, here.join(' > '));
    }
    walk(dep.dependencies, here);
  }
}
for (const project of tree) walk(project.dependencies, [project.name]);

const problems = [];
for (const [name, versions] of found) {
  const rule = allow.packages[name];
  for (const [version, path] of versions) {
    if (!rule) {
      problems.push(`${name}@${version} is not in deps-allowlist.json (via ${path})`);
    } else if (!semver.satisfies(version, rule.range)) {
      problems.push(`${name}@${version} is outside the allowed range ${rule.range} (via ${path})`);
    }
  }
}
for (const advisory of allow.advisories) {
  for (const [version, path] of found.get(advisory.package) ?? []) {
    if (semver.lt(version, advisory.patched)) {
      problems.push(
        `${advisory.package}@${version} < ${advisory.patched}: ${advisory.id} (via ${path})`,
      );
    }
  }
}
const unused = Object.keys(allow.packages).filter((name) => !found.has(name));

console.log(
  `Production dependencies: ${[...found.keys()].length} packages checked against deps-allowlist.json`,
);
if (unused.length) console.log(`Allowed but unused (consider removing): ${unused.join(', ')}`);
if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  '✓ dependency tree matches the allow-list; no known advisory below its patched version',
);
