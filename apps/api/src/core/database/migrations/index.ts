import { Init1795784593890 } from './1795784593890-Init';
import { SupplierDirectory1795786366085 } from './1795786366085-SupplierDirectory';
import { NeedsMatchingNotifications1795795088157 } from './1795795088157-NeedsMatchingNotifications';
import { EmailDeliveryClaim1795797602312 } from './1795797602312-EmailDeliveryClaim';
import { ResponsesConsortiaMessaging1795798019448 } from './1795798019448-ResponsesConsortiaMessaging';

/** Every migration, in order. A new file is generated with `npm run cli -- migration:generate <Name>`, then reviewed. */
export const MIGRATIONS = [Init1795784593890, SupplierDirectory1795786366085, NeedsMatchingNotifications1795795088157, EmailDeliveryClaim1795797602312, ResponsesConsortiaMessaging1795798019448];
