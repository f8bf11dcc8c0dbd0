import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@/db/client';
import { addMonths, almatyDateOf } from '@/lib/calendar/local-date';
import { isLocale } from '@/lib/i18n/config';
import { queueNotifications, type NotificationRequest } from './outbox';

interface Due {
  ipr_number: string;
  recipient_id: string;
  phone: string | null;
  locale: string | null;
  arrived_on: string;
}

/**
 * The one-month reminder (DESIGN §2, p.34): an IPR that arrived a month ago or more (but less
 * than two: the reminder asks to choose "within the next month"), still in force, of a living
 * recipient who has not chosen a provider, gets one SMS and cabinet notice. The outbox key makes
 * running this again harmless. Orders (issue 6) are how a provider is chosen; until they exist
 * nobody has chosen one, and the order check joins this query then.
 */
export async function queueDueReminders(db: Db, at: Date): Promise<number> {
  const today = almatyDateOf(at);
  const earliest = addMonths(today, -2);
  const result = await db.execute(sql`
    with arrivals as (
      select ipr_number, min(received_at) as arrived, (array_agg(recipient_id))[1] as recipient_id
      from iprs
      where received_at >= ${earliest}::date - 1
      group by ipr_number
    )
    select a.ipr_number, a.recipient_id, r.phone, u.locale, (a.arrived at time zone 'Asia/Almaty')::date::text as arrived_on
    from arrivals a
    join recipients r on r.id = a.recipient_id
    left join users u on u.recipient_id = r.id and u.role = 'recipient'
    where r.life_status = 'active'
      and ((a.arrived at time zone 'Asia/Almaty')::date + interval '1 month')::date <= ${today}::date
      and ((a.arrived at time zone 'Asia/Almaty')::date + interval '2 months')::date > ${today}::date
      and exists (
        select 1 from iprs v where v.ipr_number = a.ipr_number
          and v.valid_from <= ${today}::date and v.valid_to >= ${today}::date and (v.ended_on is null or v.ended_on > ${today}::date))
      and not exists (select 1 from notifications n where n.dedupe_key = 'choose_provider_reminder:' || a.ipr_number || ':cabinet')`);
  const due = rowsOf<Due>(result);
  const requests: NotificationRequest[] = due.map((d) => ({
    to: { recipientId: d.recipient_id },
    kind: 'choose_provider_reminder',
    eventKey: d.ipr_number,
    locale: d.locale && isLocale(d.locale) ? d.locale : 'ru',
    phone: d.phone,
    values: { iprNumber: d.ipr_number, deadline: addMonths(d.arrived_on, 2) },
  }));
  if (requests.length === 0) return 0;
  return db.transaction((tx) => queueNotifications(tx, requests, at));
}
