import type { QueryRunnerFn } from '../matching';

export interface ContactPerson {
  name: string;
  email: string;
}

/**
 * The contact persons (admins' names and emails: the platform stores no phone) of each supplier a
 * buyer may contact. Personal data stays minimal: a buyer sees them only once the supplier sent it
 * a response (any of its needs) or is in a message thread with it. Suppliers not listed: null.
 */
export async function contactsVisibleTo(run: QueryRunnerFn, buyerOrganizationId: string, supplierIds: readonly string[]): Promise<Map<string, ContactPerson[]>> {
  const ids = [...new Set(supplierIds)];
  const result = new Map<string, ContactPerson[]>();
  if (ids.length === 0) return result;
  const rows = await run(
    `SELECT s.id AS supplier_id, u.display_name, u.email
       FROM unnest($2::uuid[]) AS s(id)
       JOIN membership m ON m.organization_id = s.id AND m.role = 'ADMIN'
       JOIN app_user u ON u.id = m.user_id
      WHERE EXISTS (SELECT 1 FROM need_response r JOIN need n ON n.id = r.need_id
                     WHERE n.buyer_organization_id = $1 AND r.respondent_organization_id = s.id AND r.submitted_at IS NOT NULL)
         OR EXISTS (SELECT 1 FROM message_thread t WHERE t.buyer_organization_id = $1 AND t.supplier_organization_id = s.id)
      ORDER BY s.id, u.display_name, u.email`,
    [buyerOrganizationId, ids],
  );
  for (const r of rows) {
    const id = r.supplier_id as string;
    result.set(id, [...(result.get(id) ?? []), { name: r.display_name as string, email: r.email as string }]);
  }
  return result;
}
