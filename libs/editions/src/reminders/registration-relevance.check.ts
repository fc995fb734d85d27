import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MembershipStatus, UserStatus } from '@inclusion/identity';
import type { MailRelevanceCheck } from '@inclusion/mail';
import { Registration } from '../activities/registration.entity';

export const REGISTRATION_RELEVANCE = 'activity-registration';

/** No mail if, before it left, the registration or the activity was cancelled or the person left. */
@Injectable()
export class RegistrationRelevanceCheck implements MailRelevanceCheck {
  readonly kind = REGISTRATION_RELEVANCE;

  async isStillRelevant(em: EntityManager, id: string): Promise<boolean> {
    const registration = await em.findOne(
      Registration,
      { id },
      { populate: ['activity', 'membership.user'] },
    );
    return (
      !!registration &&
      !registration.cancelledAt &&
      !registration.activity.cancelledAt &&
      registration.membership.status === MembershipStatus.Active &&
      registration.membership.user.status === UserStatus.Active
    );
  }
}
