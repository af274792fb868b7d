// `pnpm run docs` (`pnpm docs` is a pnpm built-in): builds the static docs in docs/ — the typedoc API of
// @cchc/core and @cchc/cli in docs/api, and the site in docs/site (guides from docs/guides/*.md, the element
// reference from custom-elements.json, live examples using the embed bundle) linking to it. Then checks every
// local link.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { marked } from 'marked';

const root = new URL('..', import.meta.url).pathname;
const site = join(root, 'docs', 'site');
const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (status !== 0) process.exit(status ?? 1);
};

if (!existsSync(join(root, 'packages/elements/dist/cchc.js'))) run('pnpm', ['run', 'build']);
rmSync(site, { recursive: true, force: true });
rmSync(join(root, 'docs', 'api'), { recursive: true, force: true });
mkdirSync(join(site, 'guides'), { recursive: true });
mkdirSync(join(site, 'assets'), { recursive: true });

// 1. API reference.
run('pnpm', [
  'exec',
  'typedoc',
  '--entryPointStrategy',
  'packages',
  '--entryPoints',
  'packages/core',
  '--entryPoints',
  'packages/cli',
  '--out',
  'docs/api',
  '--name',
  'cchc API',
  '--readme',
  'none',
  '--logLevel',
  'Warn',
]);

// 2. Guides and the home page.
const escapeHtml = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const guideFiles = existsSync(join(root, 'docs/guides'))
  ? readdirSync(join(root, 'docs/guides'))
      .filter((f) => f.endsWith('.md'))
      .sort()
  : [];
const titleOf = (md, fallback) => md.match(/^#\s+(.+)$/m)?.[1]?.trim() ?? fallback;
const guides = guideFiles.map((file) => {
  const md = readFileSync(join(root, 'docs/guides', file), 'utf8');
  return { file, slug: basename(file, '.md'), title: titleOf(md, basename(file, '.md')), md };
});

const page = (title, body, depth) => {
  const up = depth === 0 ? '' : '../'.repeat(depth);
  const nav = [
    `<a href="${up}index.html">Trang chủ / Home</a>`,
    ...guides.map((g) => `<a href="${up}guides/${g.slug}.html">${escapeHtml(g.title)}</a>`),
    `<a href="${up}elements.html">Phần tử web / Elements</a>`,
    `<a href="${up}../api/index.html">API</a>`,
  ].join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — cchc</title><link rel="icon" href="data:,"><link rel="stylesheet" href="${up}assets/site.css">
<script type="module" src="${up}assets/cchc.js"></script></head>
<body><header><p class="brand">cchc</p><nav aria-label="Tài liệu / Documentation">${nav}</nav></header>
<main>${body}</main><footer><p>cchc · MIT</p></footer></body></html>\n`;
};

// Headings get GitHub-style ids so that `#tiếng-việt`-style links inside and between guides resolve.
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
marked.use({
  renderer: {
    heading({ tokens, depth, text }) {
      return `<h${depth} id="${escapeHtml(slug(text))}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
  },
});

// Links between markdown files become links between pages.
const renderMarkdown = (md) =>
  marked.parse(
    md.replace(
      /\]\((?!https?:)([^)#]+)\.md(#[^)]*)?\)/g,
      (_, p, h = '') => `](${basename(p)}.html${h})`,
    ),
  );
for (const g of guides)
  writeFileSync(join(site, 'guides', `${g.slug}.html`), page(g.title, renderMarkdown(g.md), 1));

const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(
  /\]\((packages|examples)\/[^)]*\)/g,
  ']',
);
const list = guides
  .map((g) => `<li><a href="guides/${g.slug}.html">${escapeHtml(g.title)}</a></li>`)
  .join('');
writeFileSync(
  join(site, 'index.html'),
  page('cchc', `<h2>Hướng dẫn / Guides</h2><ul>${list}</ul>${marked.parse(readme)}`, 0),
);

// 3. Element reference from custom-elements.json.
const cemPath = join(root, 'packages/elements/custom-elements.json');
const cem = existsSync(cemPath) ? JSON.parse(readFileSync(cemPath, 'utf8')) : { modules: [] };
const rows = (items, cols) =>
  items?.length
    ? `<table><thead><tr>${cols.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${items
        .map(
          (i) =>
            `<tr>${cols.map((c) => `<td>${escapeHtml(String(i[c.toLowerCase()] ?? i[c] ?? ''))}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>—</p>';
const elements = cem.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement && d.tagName),
);
const elementHtml = elements
  .map(
    (
      d,
    ) => `<section id="${escapeHtml(d.tagName)}"><h2><code>&lt;${escapeHtml(d.tagName)}&gt;</code></h2><p>${escapeHtml(d.summary ?? d.description ?? '')}</p>
<h3>Thuộc tính / Attributes</h3>${rows(d.attributes, ['Name', 'Description'])}
<h3>Sự kiện / Events</h3>${rows(d.events, ['Name', 'Description'])}
<h3>CSS parts</h3>${rows(d.cssParts, ['Name', 'Description'])}
<h3>CSS custom properties</h3>${rows(d.cssProperties, ['Name', 'Description'])}
<h3>Slots</h3>${rows(d.slots, ['Name', 'Description'])}</section>`,
  )
  .join('\n');
writeFileSync(
  join(site, 'elements.html'),
  page('Phần tử web / Elements', `<h1>Phần tử web / Elements</h1>${elementHtml || '<p>—</p>'}`, 0),
);

// 4. Assets: the embed bundle (for live examples in guides) and the stylesheet.
copyFileSync(join(root, 'packages/elements/dist/cchc.js'), join(site, 'assets/cchc.js'));
// The shipped data cchc.js loads on demand (rule packs, instruments) sits next to it, as in the package.
if (existsSync(join(root, 'packages/elements/dist/chunks')))
  cpSync(join(root, 'packages/elements/dist/chunks'), join(site, 'assets/chunks'), {
    recursive: true,
  });
copyFileSync(join(root, 'docs/site.css'), join(site, 'assets/site.css'));

console.log(
  `Docs site: ${join('docs', 'site', 'index.html')} (${guides.length} guides, ${elements.length} elements)`,
);
run('node', ['scripts/check-links.mjs', 'docs']);
