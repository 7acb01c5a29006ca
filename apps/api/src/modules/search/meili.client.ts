import { Meilisearch } from 'meilisearch';
import { Env } from '../../core/config';

export const MEILI_CLIENT = Symbol('MEILI_CLIENT');

export function createMeiliClient(env: Env): Meilisearch {
  return new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY });
}
