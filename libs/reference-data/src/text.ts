/**
 * Text helpers shared by the loaders and the search functions.
 * Plain functions, no dependencies.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds ligatures and strips accents: "Œuvre Évreux" -> "Oeuvre Evreux". Case is kept. */
export function stripAccents(value: string): string {
  return value
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '');
}

/**
 * Search key: accents stripped, lower case, every run of non-alphanumerics
 * (spaces, hyphens, apostrophes, punctuation) turned into one space, trimmed.
 * "Saint-André-lez-Lille" -> "saint andre lez lille"; "d'Évreux" -> "d evreux".
 */
export function normalizeSearchText(value: string): string {
  return (/[\u0080-\uffff]/.test(value) ? stripAccents(value) : value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Slug compatible with the one Le Marché de l'inclusion stores (python-slugify
 * defaults): accents stripped, lower case, apostrophes removed ("d'entreprise"
 * -> "dentreprise"), every other run of non-alphanumerics -> "-", no leading or
 * trailing "-". "Location/Vente de materiels Industriels & Chantiers" ->
 * "location-vente-de-materiels-industriels-chantiers".
 */
export function slugify(value: string): string {
  return stripAccents(value)
    .toLowerCase()
    .replace(/['’‘`]+/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Splits a normalized string into words. */
export function words(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}

/**
 * True when every query word is a prefix of some word of the target
 * (both already normalized and split).
 */
export function allWordsPrefixMatch(queryWords: readonly string[], targetWords: readonly string[]): boolean {
  if (queryWords.length === 0) return false;
  return queryWords.every((qw) => targetWords.some((tw) => tw.startsWith(qw)));
}

/** Clamps a caller-supplied result limit. */
export function clampLimit(limit: number | undefined, fallback: number, max = 200): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(max, Math.floor(limit)));
}
