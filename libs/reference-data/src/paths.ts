import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Folder holding the copied data files (see data/PROVENANCE.md). Resolved
 * relative to this source file, so it works under jest, swc-node and tsc
 * output alike; ESSOR_REFERENCE_DATA_DIR overrides it (e.g. for a bundled build).
 */
export function dataDir(): string {
  const fromEnv = process.env['ESSOR_REFERENCE_DATA_DIR'];
  if (fromEnv) return fromEnv;
  const candidates = [path.resolve(__dirname, '..', 'data'), path.resolve(__dirname, '..', '..', 'data')];
  return candidates.find((dir) => existsSync(path.join(dir, 'cpv_2008.csv'))) ?? (candidates[0] as string);
}

export function dataFile(name: string): string {
  return path.join(dataDir(), name);
}

/** Folder of the JSON files shipped by npm @etalab/decoupage-administratif. */
export function decoupageAdministratifDir(): string {
  return path.join(path.dirname(require.resolve('@etalab/decoupage-administratif/package.json')), 'data');
}
