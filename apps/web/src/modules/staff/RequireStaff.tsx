import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../shared/ui/feedback';
import { useSession } from '../auth/session';

export function RequireStaff({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.me?.user.isStaff) return <Notice kind="warning">{t('staff.only')}</Notice>;
  return <>{children}</>;
}
