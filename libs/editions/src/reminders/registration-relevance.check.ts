import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailRelevanceCheck } from '@inclusion/mail';
import { Registration } from '../activities/registration.entity';

export const REGISTRATION_RELEVANCE = 'activity-registration';

/** A reminder for a registration cancelled, or an activity cancelled, before it left: no mail. */
@Injectable()
export class RegistrationRelevanceCheck implements MailRelevanceCheck {
  readonly kind = REGISTRATION_RELEVANCE;

  async isStillRelevant(em: EntityManager, id: string): Promise<boolean> {
    const registration = await em.findOne(Registration, { id }, { populate: ['activity'] });
    return !!registration && !registration.cancelledAt && !registration.activity.cancelledAt;
  }
}
