import { NavLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { UNREAD_COUNTS_QUERY } from '../graphql/messaging';
import { totalUnread } from '../threads';

const NO_VARIABLES = {};

/** "Messages" in the main navigation, with the number of unread messages of the active organisation. */
export function MessagesNavLink() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: UNREAD_COUNTS_QUERY, variables: NO_VARIABLES, requestPolicy: 'cache-and-network' });
  const unread = totalUnread(result.data?.messageThreads ?? []);
  return (
    <NavLink to="/messages" end={false}>
      {t('nav.messages')}
      {unread > 0 ? (
        <span className="unread-count" data-testid="unread-messages">
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden"> ({t('messaging.unread', { count: unread })})</span>
        </span>
      ) : null}
    </NavLink>
  );
}
