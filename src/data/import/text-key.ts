// Text as a key for matching what people type: header names, country names, month names.

/**
 * A name as a key for matching: Unicode-compatible form, lower case, Arabic letters folded into
 * their Persian forms (ي ى → ی, ك → ک, ة → ه, أ إ آ → ا), diacritics, the zero-width non-joiner,
 * dots and "the" dropped, runs of spaces, hyphens and underscores made one space.
 *
 * @example
 * nameKey('  The United-Kingdom '); // "united kingdom"
 * nameKey('عربستان‌ سعودي'); // "عربستان سعودی"
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/[أإآ]/g, 'ا')
    .replace(/[.'’]/g, '')
    .replace(/[\s\u200c\u200f\u200e_-]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
