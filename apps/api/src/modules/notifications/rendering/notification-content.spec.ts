import { listSectors, placeByCode } from '@essor/reference-data';
import { digestEmail, EmailLinks, notificationEmail } from '../emails/notification-emails';
import { formatDeadline, renderNotification } from './notification-content';

const sector = listSectors().find((s) => s.nameEn)!;
const NEED = '7d0c2a54-1f3b-4c5e-9a6b-2c3d4e5f6a7b';
const matched = {
  needId: NEED,
  needTitle: 'Collecte <b>DEEE</b>',
  buyerName: 'Ville de Roubaix',
  deadlineAt: '2031-07-01T08:30:00.000Z',
  version: 2,
  lots: [{ lotId: 'l1', title: 'Lot A', reasons: [{ type: 'SECTOR', sectorSlug: sector.slug }, { type: 'AREA', scope: 'DEPARTEMENT', code: '59' }] }],
};
const links: EmailLinks = { webUrl: 'https://essor.example', unsubscribeUrl: (c) => `https://essor.example/desabonnement?token=tok-${c}` };

describe('renderNotification', () => {
  it('renders a matched need with its lots and reasons in French and in English', () => {
    const fr = renderNotification('NEED_MATCHED', matched, 'fr');
    expect(fr.title).toBe('Nouveau besoin pour vous : Collecte <b>DEEE</b>');
    expect(fr.body).toContain('Ville de Roubaix recherche un fournisseur');
    expect(fr.body).toContain('1 juillet 2031 à 10:30'); // Paris summer time
    expect(fr.details).toEqual([`Lot « Lot A » : secteur ${sector.nameFr} · zone d'intervention : ${placeByCode('DEPARTEMENT', '59')!.name}`]);
    expect(fr.path).toBe(`/besoins/${NEED}`);
    const en = renderNotification('NEED_MATCHED', matched, 'en');
    expect(en.title).toBe('New need for you: Collecte <b>DEEE</b>');
    expect(en.details[0]).toMatch(new RegExp(`^Lot "Lot A": sector ${sector.nameEn!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · service area: `));
  });

  it.each([
    ['NEED_UPDATED', { needId: NEED, needTitle: 'T', buyerName: 'B', version: 3 }, 'Besoin modifié : T', 'Need updated: T'],
    ['NEED_STATUS', { needId: NEED, needTitle: 'T', status: 'AWARDED' }, 'Besoin attribué : T', 'Need awarded: T'],
    ['NEED_INTEREST', { needId: NEED, needTitle: 'T', supplierId: 's', supplierName: 'ESAT du Nord', interest: 'INTERESTED' }, 'ESAT du Nord est intéressé : T', 'ESAT du Nord is interested: T'],
    ['NEED_INTEREST', { needId: NEED, needTitle: 'T', supplierId: 's', supplierName: 'ESAT du Nord', interest: 'DECLINED' }, 'ESAT du Nord décline : T', 'ESAT du Nord declined: T'],
    ['NEED_REMINDER', { needId: NEED, needTitle: 'T', deadlineAt: '2031-01-10T11:00:00Z' }, 'Rappel : T se termine bientôt', 'Reminder: T closes soon'],
    ['SAVED_SEARCH', { savedSearchId: 'x', name: 'Nord', target: 'NEEDS', items: [{ id: 'a', title: 'Un' }], total: 3 }, '3 nouveautés pour votre alerte « Nord »', '3 new results for your alert "Nord"'],
  ] as const)('renders %s', (category, params, fr, en) => {
    expect(renderNotification(category, params, 'fr').title).toBe(fr);
    expect(renderNotification(category, params, 'en').title).toBe(en);
  });

  it('lists saved-search items and counts the ones left out', () => {
    const content = renderNotification('SAVED_SEARCH', { name: 'N', target: 'SUPPLIERS', items: [{ id: 'a', title: 'Un' }, { id: 'b', title: 'Deux' }], total: 5 }, 'fr');
    expect(content.details).toEqual(['• Un', '• Deux', '… et 3 autre(s)']);
    expect(content.path).toBe('/recherche');
  });

  it('never throws on missing or malformed params', () => {
    const content = renderNotification('NEED_MATCHED', { lots: 'nope', needId: '../../admin' }, 'fr');
    expect(content.title).toBe('Nouveau besoin pour vous : ');
    expect(content.details).toEqual([]);
    expect(content.path).toBeNull();
    expect(formatDeadline('not a date', 'en')).toBe('');
  });
});

describe('notification emails', () => {
  const to = { email: 'a@example.org', displayName: 'Awa <Admin>', locale: 'fr' as const };

  it('escapes what users typed in the HTML, links the need, and carries the category unsubscribe link', () => {
    const mail = notificationEmail(to, { category: 'NEED_MATCHED', params: matched }, links);
    expect(mail.subject).toBe('Essor – Nouveau besoin pour vous : Collecte <b>DEEE</b>');
    expect(mail.html).not.toContain('<b>DEEE</b>');
    expect(mail.html).toContain('Collecte &#60;b&#62;DEEE&#60;/b&#62;');
    expect(mail.html).toContain('Awa &#60;Admin&#62;');
    expect(mail.text).toContain(`https://essor.example/besoins/${NEED}`);
    expect(mail.text).toContain('https://essor.example/desabonnement?token=tok-NEED_MATCHED');
    expect(mail.html).toContain('https://essor.example/mon-espace/notifications');
    expect(mail.headers).toEqual({ 'List-Unsubscribe': '<https://essor.example/desabonnement?token=tok-NEED_MATCHED>' });
  });

  it('a digest lists every notification, counts the rest, and offers an unsubscribe link per category', () => {
    const mail = digestEmail({ ...to, locale: 'en' }, [
      { category: 'NEED_MATCHED', params: { ...matched, needTitle: 'One' } },
      { category: 'NEED_MATCHED', params: { ...matched, needTitle: 'Two' } },
      { category: 'NEED_STATUS', params: { needId: NEED, needTitle: 'Three', status: 'CLOSED' } },
    ], links, 4);
    expect(mail.subject).toBe('Essor – Your Essor digest: 7 notifications');
    for (const title of ['One', 'Two', 'Three']) expect(mail.text).toContain(title);
    expect(mail.text).toContain('… and 4 more');
    expect(mail.text).toContain('tok-NEED_MATCHED');
    expect(mail.text).toContain('tok-NEED_STATUS');
    // The most frequent category goes into the header.
    expect(mail.headers?.['List-Unsubscribe']).toBe('<https://essor.example/desabonnement?token=tok-NEED_MATCHED>');
  });
});
