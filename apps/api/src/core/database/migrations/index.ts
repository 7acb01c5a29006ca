import { Init1795784593890 } from './1795784593890-Init';

/** Every migration, in order. A new file is generated with `npm run cli -- migration:generate <Name>`, then reviewed. */
export const MIGRATIONS = [Init1795784593890];
