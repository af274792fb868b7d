import { describe, expect, it } from 'vitest';
import { embedJson, renderHtml } from './html.js';
import { t } from './report.js';

describe('renderHtml', () => {
  const hostile = { name: '</script><script>alert(1)</script>', note: 'a\u2028b & <b>' };
  const report = {
    kind: 'validate' as const,
    title: t('Báo cáo <thử>', 'Report <test>'),
    notes: [],
    tables: [
      {
        title: t('Bảng', 'Table'),
        columns: [
          { key: 'unit', label: t('Đơn vị', 'Unit') },
          { key: 'index', label: t('Chỉ số', 'Index'), numeric: true },
        ],
        rows: [{ unit: hostile.name, index: 81.234 }],
      },
    ],
    data: hostile,
  };

  it('embeds data as JSON that cannot close the script element and parses back to the same value', () => {
    const text = embedJson(hostile);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(hostile);
    const html = renderHtml(report, { lang: 'en' });
    const block = /<script type="application\/json" id="cchc-data">([^<]*)<\/script>/.exec(html);
    expect(JSON.parse(block![1]!)[0].data).toEqual(hostile);
  });

  it('renders escaped, accessible tables in the chosen language, with print styles and no external resource', () => {
    const html = renderHtml(report, { lang: 'vi' });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<title>Báo cáo &lt;thử&gt;</title>');
    expect(html).toContain('<th scope="col">Đơn vị</th>');
    expect(html).toContain(
      '<th scope="row">&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</th>',
    );
    expect(html).toContain('<td class="num">81.23</td>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/\b(src|href)="https?:/);
  });
});
