import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cohort } from '../cohort';
import { ApplicationStatus } from './application-status';
import { Application } from './application.entity';

export interface Participation {
  applicationId: string;
  editionId: string;
  cohort: Cohort;
  /** The pseudonymous key questionnaires are answered under. */
  respondentKey: string;
}

/**
 * What other contexts may know of a participant: that a person takes part in an edition, in which
 * cohort, under which pseudonymous key. Row-level security lets the person read this of themselves.
 */
@Injectable()
export class ParticipantDirectory {
  async participationOf(
    em: EntityManager,
    editionId: string,
    personId: string,
  ): Promise<Participation | null> {
    const application = await em.findOne(Application, {
      editionId,
      personId,
      status: ApplicationStatus.Selected,
    });
    return (
      application && {
        applicationId: application.id,
        editionId: application.editionId,
        cohort: application.cohort,
        respondentKey: application.respondentKey,
      }
    );
  }

  /** The pseudonymous keys of every application a person made in the tenant, for their erasure. */
  async respondentKeysOf(
    em: EntityManager,
    person: { userId: string | null; email: string },
  ): Promise<string[]> {
    const applications = await em.find(
      Application,
      { $or: [{ email: person.email }, ...(person.userId ? [{ personId: person.userId }] : [])] },
      { fields: ['respondentKey'] },
    );
    return applications.map((application) => application.respondentKey);
  }
}
