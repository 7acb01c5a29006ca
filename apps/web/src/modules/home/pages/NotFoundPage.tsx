import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} lead={t('notFound.body')}>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
