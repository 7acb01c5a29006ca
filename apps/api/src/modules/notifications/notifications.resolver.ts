import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { localeFromHeader, type Locale } from '../../core/graphql';
import { MarkNotificationsReadArgs, NotificationsArgs, UnsubscribeArgs, UpdateNotificationPreferencesArgs } from './dto/notification.inputs';
import {
  NotificationCategoryEnum, NotificationCountModel, NotificationModel, NotificationPageModel, NotificationPreferenceModel, UnsubscribeResultModel,
} from './models/notification.models';
import { toNotificationModel } from './notifications.mapper';
import { NotificationsService } from './notifications.service';

const count = (unread: number) => Object.assign(new NotificationCountModel(), { unread });

/** The language the reader is looking at: the app's (Accept-Language naming fr or en), else the account's. */
function readingLocale(actor: Actor, req: Request | undefined): Locale {
  const header = req?.headers['accept-language'];
  return header && /^\s*(fr|en)\b/i.test(header) ? localeFromHeader(header) : actor.locale;
}

/**
 * The caller's notification centre and email preferences. Notifications belong to a person, not
 * to an integration: a human session only (API tokens are refused), except the emailed
 * unsubscribe link, which works without logging in.
 */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationPageModel, { description: "The caller's notifications about the active organisation, newest first" })
  @Policy(Access.SESSION)
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs, @Context('req') req?: Request): Promise<NotificationPageModel> {
    const { rows, total, unread } = await this.service.list(actor, args.page, args.perPage, args.unreadOnly);
    const locale = readingLocale(actor, req);
    return Object.assign(new NotificationPageModel(), {
      items: rows.map((row) => toNotificationModel(row, locale)),
      total,
      page: args.page,
      perPage: args.perPage,
      totalPages: Math.ceil(total / args.perPage),
      unreadCount: unread,
    });
  }

  @Query(() => NotificationCountModel, { description: 'Unread notifications of the active organisation (the bell)' })
  @Policy(Access.SESSION)
  async unreadNotificationCount(@CurrentActor() actor: Actor): Promise<NotificationCountModel> {
    return count(await this.service.unreadCount(actor));
  }

  @Mutation(() => NotificationCountModel, { description: 'Marks notifications read (ids, or all); answers the unread count left' })
  @Policy(Access.SESSION)
  async markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs): Promise<NotificationCountModel> {
    return count(await this.service.markRead(actor, args));
  }

  @Query(() => [NotificationPreferenceModel], { description: 'Email preference of every category' })
  @Policy(Access.SESSION)
  async notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferenceModel[]> {
    return (await this.service.preferences(actor)).map((p) => Object.assign(new NotificationPreferenceModel(), p));
  }

  @Mutation(() => [NotificationPreferenceModel], { description: 'Turns the emails of categories on or off (in-app notifications stay)' })
  @Policy(Access.SESSION)
  async updateNotificationPreferences(@CurrentActor() actor: Actor, @Args() args: UpdateNotificationPreferencesArgs): Promise<NotificationPreferenceModel[]> {
    return (await this.service.updatePreferences(actor, args.input)).map((p) => Object.assign(new NotificationPreferenceModel(), p));
  }

  @Mutation(() => UnsubscribeResultModel, { description: 'The unsubscribe link of a notification email: turns its category off, no login needed' })
  @Policy(Access.PUBLIC)
  async unsubscribe(@Args() args: UnsubscribeArgs): Promise<UnsubscribeResultModel> {
    const { category } = await this.service.unsubscribe(args.token);
    return Object.assign(new UnsubscribeResultModel(), { category: category as NotificationCategoryEnum });
  }
}
