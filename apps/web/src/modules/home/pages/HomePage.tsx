import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { useSession } from '../../auth/session';

export default function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = q.trim();
    navigate(text ? `/recherche?${new URLSearchParams({ q: text }).toString()}` : '/recherche');
  }
  return (
    <Page title={t('home.title')} lead={t('home.lead')}>
      <form role="search" className="search-box search-box--home" onSubmit={onSearch} aria-labelledby="home-search-label">
        <label id="home-search-label" htmlFor="home-search">
          {t('home.searchLabel')}
        </label>
        <div className="inline-row">
          <input
            id="home-search"
            type="search"
            value={q}
            maxLength={200}
            placeholder={t('search.queryPlaceholder')}
            onChange={(event) => setQ(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            {t('home.searchSubmit')}
          </button>
        </div>
      </form>
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
