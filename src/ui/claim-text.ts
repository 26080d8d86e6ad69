// The marking rule as the UI imports it; it lives in i18n/claim-text.ts, where the pure surfaces (svg/, map/style.ts) reach it too.
export { inferenceTag, markedLabel, markedText, type MarkedLabel } from '../i18n/claim-text';
