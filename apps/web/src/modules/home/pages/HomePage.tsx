import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { useSession } from '../../auth/session';

export default function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <Page title={t('home.title')} lead={t('home.lead')}>
      <p className="cta-row">
        {me ? (
          <Link className="button button--primary" to="/dashboard">
            {t('home.ctaDashboard')}
          </Link>
        ) : (
          <>
            <Link className="button button--primary" to="/signup">
              {t('home.ctaSignup')}
            </Link>
            <Link className="button" to="/login">
              {t('home.ctaLogin')}
            </Link>
          </>
        )}
      </p>
      <section aria-labelledby="home-audiences" className="section">
        <h2 id="home-audiences">{t('home.audiencesTitle')}</h2>
        <ul className="cards">
          <li className="card">
            <h3>{t('home.buyers.title')}</h3>
            <p>{t('home.buyers.body')}</p>
          </li>
          <li className="card">
            <h3>{t('home.publicBuyers.title')}</h3>
            <p>{t('home.publicBuyers.body')}</p>
          </li>
          <li className="card">
            <h3>{t('home.suppliers.title')}</h3>
            <p>{t('home.suppliers.body')}</p>
          </li>
        </ul>
      </section>
      <section aria-labelledby="home-how" className="section">
        <h2 id="home-how">{t('home.howTitle')}</h2>
        <ol className="steps">
          <li>{t('home.how.step1')}</li>
          <li>{t('home.how.step2')}</li>
          <li>{t('home.how.step3')}</li>
        </ol>
      </section>
    </Page>
  );
}
