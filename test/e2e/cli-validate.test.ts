import { describe, expect, it } from 'vitest';
import { cchc, data, noStack, tempDir } from './cli-helpers.js';

const { write } = tempDir();

describe('cchc validate (built CLI)', { timeout: 180_000 }, () => {
  it('the sample files are valid: exit 0', () => {
    for (const args of [
      [data('answers-ubnd-2017.vi.csv'), '--instrument', 'sipas-2017'],
      [data('answers-tyt-2017.csv'), '--instrument', 'health-station-example'],
      [data('scores-2017.csv'), '--criteria', 'example-commune-2017'],
      [data('dossiers-2017.csv'), '--pack', 'khanhson-2017'],
      [data('dossiers-2017.json'), '--pack', 'khanhson-2017'],
      [data('inspections-2017.csv'), '--pack', 'khanhson-2017', '--kind', 'inspections'],
      [data('reports-2017.csv'), '--pack', 'khanhson-2017', '--kind', 'reports'],
      [data('feedback-2017.csv'), '--pack', 'khanhson-2017', '--kind', 'feedback'],
    ]) {
      const r = cchc('validate', ...args, '--format', 'json');
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
      expect(JSON.parse(r.stdout).valid).toBe(true);
    }
  });

  it('lists every bad row of a scores file with its row number and a bilingual reason, exit 1', () => {
    const text = [
      'Mã đơn vị,Đơn vị,1.1,1.2,1.5',
      'KS-SB,Sơn Bình,có,0.8,1',
      'KS-TH,Tô Hạp,có lẽ,80%,1',
      'KS-ST,Sơn Trung,không,1.4,9',
      'KS-SB,Sơn Bình,có,0.5,1',
    ].join('\n');
    const r = cchc(
      'validate',
      write('scores.csv', text),
      '--criteria',
      'example-commune-2017',
      '--format',
      'json',
    );
    expect(r.code).toBe(1);
    const { valid, errors } = JSON.parse(r.stdout);
    expect(valid).toBe(false);
    expect(errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, '1.1'],
      [4, '1.2'],
      [4, '1.5'],
      [5, 'unit_code'],
    ]);
    expect(errors[0].message.vi).toBe(
      'dòng 3, cột 1.1: nhận được "có lẽ", cần có/không (true/false, 1/0, x)',
    );
    expect(errors[1].message.en).toMatch(
      /^row 4, column 1\.2: received "1\.4", expected a rate from 0 to 1/,
    );
    expect(errors[2].message.en).toMatch(
      /^row 4, column 1\.5: received "9", expected points from 0 to 1/,
    );
    expect(errors[3].message.en).toBe('row 5: unit "KS-SB" already at row 2');
  });

  it('lists dossier problems on the row of the event concerned', () => {
    const text = [
      'Mã hồ sơ;Mã đơn vị;Mã thủ tục;Tên thủ tục;Thời hạn giải quyết;Hình thức nộp;Ngày tiếp nhận;Sự kiện;Ngày sự kiện;Ngày hẹn mới',
      'SB-1;KS-SB;HT-01;Đăng ký khai sinh;3;Trực tiếp;02/05/2017 09:15;tiếp nhận;02/05/2017 09:20;05/05/2017',
      'SB-1;;;;;;;trả kết quả;01/05/2017;',
      'SB-2;KS-SB;HT-01;Đăng ký khai sinh;ba;trực tiếp;2017-05-03;tiếp nhận;2017-05-03;',
    ].join('\n');
    const r = cchc(
      '--lang',
      'en',
      'validate',
      write('d.csv', text),
      '--pack',
      'khanhson-2017',
      '--format',
      'table',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /3\s+event_date\s+row 3, column event_date: received "2017-05-01", expected a time not before events\[0\]\.date/,
    );
    expect(r.stdout).toMatch(
      /4\s+processing_days\s+row 4, column processing_days: received "ba", expected working days/,
    );
    expect(r.stdout).toContain('dòng 4, cột processing_days');
    expect(r.stderr).not.toMatch(noStack);
  });

  it('needs exactly one of --instrument, --criteria, --pack (usage error, exit 2)', () => {
    const r = cchc('validate', data('scores-2017.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cần đúng một trong --instrument, --criteria, --pack');
  });
});
