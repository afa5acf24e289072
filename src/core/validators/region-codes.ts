/**
 * First two digits of GB/T 2260 administrative division codes: the 31 mainland provinces,
 * Taiwan (71) and Hong Kong / Macau / Taiwan residence-permit prefixes (81, 82, 83).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83'
])

/** Province abbreviations used in ICP filing numbers (粤ICP备…), one per mainland province. */
export const ICP_PROVINCE_ABBREVIATIONS = [
  '京', '津', '冀', '晋', '蒙', '辽', '吉', '黑', '沪', '苏', '浙', '皖', '闽', '赣', '鲁', '豫',
  '鄂', '湘', '粤', '桂', '琼', '渝', '川', '黔', '滇', '藏', '陕', '陇', '青', '宁', '新'
] as const
