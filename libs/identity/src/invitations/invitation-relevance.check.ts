import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailRelevanceCheck } from '@inclusion/mail';
import { Invitation } from './invitation.entity';

export const INVITATION_RELEVANCE = 'invitation';

/** An invitation revoked or accepted before its mail left needs no mail any more. */
@Injectable()
export class InvitationRelevanceCheck implements MailRelevanceCheck {
  readonly kind = INVITATION_RELEVANCE;

  async isStillRelevant(em: EntityManager, id: string): Promise<boolean> {
    const invitation = await em.findOne(Invitation, { id }, { filters: false });
    return !!invitation && !invitation.acceptedAt && !invitation.revokedAt;
  }
}
