/**
 * Column names analysts use, mapped to the canonical names of the CSV layouts (sipas.md, the PAR issue, the rules
 * schemas). Matching ignores case, diacritics (dấu), `đ`/`d`, spaces, `_` and `-`, and Unicode normalisation (NFC or
 * NFD), so `Mã đơn vị`, `MA DON VI`, `ma_don_vi` and `unitCode` all name `unit_code`.
 *
 * This table is documented in docs/guides/cli.md — keep the two in step.
 */
export const HEADER_MAP: Readonly<Record<string, readonly string[]>> = {
  // Survey answers (phiếu khảo sát).
  respondent_id: ['respondent id', 'mã phiếu', 'số phiếu', 'mã người trả lời', 'id phiếu'],
  unit_code: ['unit code', 'mã đơn vị', 'mã đv', 'mã xã'],
  unit_name: ['unit name', 'đơn vị', 'tên đơn vị', 'tên đv', 'tên xã'],
  service: ['service', 'dịch vụ', 'thủ tục', 'dịch vụ hành chính công'],
  sector: ['sector', 'lĩnh vực'],
  sex: ['sex', 'gender', 'giới tính'],
  age_group: ['age group', 'nhóm tuổi', 'độ tuổi'],
  weight: ['weight', 'trọng số', 'quyền số'],
  // Dossier logs (sổ theo dõi hồ sơ), one row per event.
  dossier_id: ['dossier id', 'mã hồ sơ', 'số hồ sơ'],
  procedure_code: ['procedure code', 'mã thủ tục', 'mã tthc'],
  procedure_name: ['procedure name', 'tên thủ tục', 'tên tthc'],
  processing_days: ['processing days', 'thời hạn giải quyết', 'số ngày giải quyết', 'thời hạn'],
  channel: ['channel', 'hình thức nộp', 'kênh nộp', 'kênh'],
  received_at: ['received at', 'ngày tiếp nhận', 'thời điểm tiếp nhận', 'ngày nhận'],
  due_date: ['due date', 'ngày hẹn trả', 'ngày hẹn'],
  event: ['event', 'event type', 'sự kiện', 'loại sự kiện', 'bước'],
  event_date: ['event date', 'ngày sự kiện', 'thời điểm sự kiện', 'ngày thực hiện'],
  new_due_date: ['new due date', 'ngày hẹn mới', 'ngày hẹn lại'],
  reason: ['reason', 'lý do'],
  legal_basis: ['legal basis', 'căn cứ pháp lý', 'căn cứ'],
  notify_channel: ['notify channel', 'kênh thông báo', 'hình thức thông báo'],
  receipt_issued: ['receipt issued', 'có giấy tiếp nhận', 'giấy tiếp nhận'],
  apology_about: ['apology about', 'xin lỗi về'],
  transferred_to: ['transferred to', 'chuyển đến', 'nơi chuyển'],
  missing: ['missing', 'giấy tờ còn thiếu', 'còn thiếu'],
  by: ['by', 'người thực hiện', 'cán bộ'],
  note: ['note', 'ghi chú'],
  // Inspections (kiểm tra bộ phận một cửa).
  date: ['date', 'ngày', 'ngày kiểm tra'],
  inspector_role: ['inspector role', 'người kiểm tra', 'chức vụ người kiểm tra', 'chức vụ'],
  violations: ['violations', 'số vi phạm', 'vi phạm'],
  handled_on: ['handled on', 'ngày xử lý', 'ngày xử lý vi phạm'],
  // Reports (báo cáo) and feedback (phản ánh, kiến nghị).
  obligation: ['obligation', 'nghĩa vụ', 'loại báo cáo', 'báo cáo'],
  period: ['period', 'kỳ', 'kỳ báo cáo'],
  submitted_on: ['submitted on', 'ngày nộp', 'ngày gửi'],
  feedback_id: ['feedback id', 'mã phản ánh'],
  received_on: ['received on', 'ngày nhận phản ánh'],
  topic: ['topic', 'nội dung', 'chủ đề'],
  answered_on: ['answered on', 'ngày trả lời'],
  answer_form: ['answer form', 'hình thức trả lời'],
};

/**
 * Folds a header for matching: NFD, diacritics removed, `đ` → `d`, lower case, camelCase split, runs of spaces,
 * `_` and `-` made one space.
 *
 * @example
 * foldHeader('Mã  đơn_vị') //=> 'ma don vi'; foldHeader('unitCode') //=> 'unit code'
 */
export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

const FOLDED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [name, aliases] of Object.entries(HEADER_MAP)) {
    map.set(foldHeader(name), name);
    for (const alias of aliases) map.set(foldHeader(alias), name);
  }
  return map;
})();

/** Options of {@link mapHeader}. */
export interface MapHeaderOptions {
  /** Ids the header may name as they are (question ids, criterion ids), matched case-insensitively. */
  readonly ids?: readonly string[];
  /** Extra aliases from the user (`--header-map` / `headerMap`), header → canonical name; tried first. */
  readonly headerMap?: Readonly<Record<string, string>>;
}

/**
 * Maps one column header to its canonical name: a user alias, a known id (`E1.1`, `3.1`, possibly followed by its
 * wording, e.g. `E1.1 Nơi ngồi chờ`), a name of {@link HEADER_MAP}, or the header itself (trimmed, NFC).
 *
 * @example
 * mapHeader('Mã đơn vị') //=> 'unit_code'; mapHeader('e1.1 - Có đủ chỗ ngồi', { ids: ['E1.1'] }) //=> 'E1.1'
 */
export function mapHeader(header: string, options: MapHeaderOptions = {}): string {
  const folded = foldHeader(header);
  if (options.headerMap) {
    for (const [alias, name] of Object.entries(options.headerMap))
      if (foldHeader(alias) === folded) return name;
  }
  if (options.ids && options.ids.length > 0) {
    const byFold = new Map(options.ids.map((id) => [foldHeader(id), id]));
    const exact = byFold.get(folded);
    if (exact !== undefined) return exact;
    const prefixed = folded.replace(/^(cau|tieu chi|question|criterion) /, '');
    const first = prefixed.split(/[\s:()]/, 1)[0] ?? '';
    const id = byFold.get(prefixed) ?? byFold.get(first);
    if (id !== undefined) return id;
  }
  const known = FOLDED.get(folded);
  if (known !== undefined) return known;
  const comment = /^(?:comment|y kien|gop y) ?(.+)$/.exec(folded);
  if (comment) return `comment_${comment[1]!.toUpperCase()}`;
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .normalize('NFC');
}

/**
 * Maps every header of a table; two headers naming the same column is reported by the caller.
 *
 * @returns Canonical names, one per header, in order.
 */
export function mapHeaders(headers: readonly string[], options: MapHeaderOptions = {}): string[] {
  return headers.map((h) => mapHeader(h, options));
}
