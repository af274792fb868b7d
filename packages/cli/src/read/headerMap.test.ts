import { describe, expect, it } from 'vitest';
import { foldHeader, mapHeader } from './headerMap.js';

describe('mapHeader', () => {
  it('maps Vietnamese headers with diacritics, in NFC or NFD, any case, to canonical names', () => {
    const nfc = 'Mã đơn vị';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    for (const h of [
      nfc,
      nfd,
      'MÃ ĐƠN VỊ',
      'ma don vi',
      'ma_don_vi',
      ' Mã  đơn vị ',
      'unitCode',
      'Unit Code',
    ])
      expect(mapHeader(h)).toBe('unit_code');
    expect(mapHeader('Giới tính')).toBe('sex');
    expect(mapHeader('Nhóm tuổi')).toBe('age_group');
    expect(mapHeader('Mã phiếu')).toBe('respondent_id');
    expect(mapHeader('Dịch vụ')).toBe('service');
  });

  it('maps question ids case-insensitively, also when followed by their wording', () => {
    const ids = ['E1.1', 'E1.2', 'F0'];
    expect(mapHeader('e1.1', { ids })).toBe('E1.1');
    expect(mapHeader('E1.2 - Trang thiết bị đầy đủ', { ids })).toBe('E1.2');
    expect(mapHeader('Câu E1.1', { ids })).toBe('E1.1');
    expect(mapHeader('f0', { ids })).toBe('F0');
  });

  it('maps comments and keeps unknown headers as written (NFC)', () => {
    expect(mapHeader('Ý kiến E3')).toBe('comment_E3');
    expect(mapHeader('Cột lạ'.normalize('NFD'))).toBe('Cột lạ');
  });

  it('tries the user map first', () => {
    expect(mapHeader('Xã', { headerMap: { xa: 'unit_code' } })).toBe('unit_code');
    expect(foldHeader('Đơn_Vị')).toBe('don vi');
  });
});
