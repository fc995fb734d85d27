import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, type DataSubject, type PersonalDataContributor } from '@inclusion/identity';
import { Registration } from '../activities/registration.entity';
import { IdeaSupport } from '../labs/idea-support.entity';
import { LabArtefact } from '../labs/lab-artefact.entity';

/**
 * What a person did in a city's programme: the activities they registered for and attended, what
 * they added to Policy Labs, the ideas they backed. Attendance stays after erasure (it counts in
 * the training hours, and points at an account that names no one); backing an idea is a vote,
 * withdrawn with the person. What they wrote in a lab is the group's work and stays with the lab.
 */
@Injectable()
export class EditionsPersonalData implements PersonalDataContributor {
  readonly section = 'programme';
  readonly order = 50;

  private memberships(em: EntityManager, subject: DataSubject) {
    return subject.userId ? em.find(Membership, { user: subject.userId }) : Promise.resolve([]);
  }

  async export(em: EntityManager, subject: DataSubject) {
    const memberships = await this.memberships(em, subject);
    const [registrations, artefacts, supports] = await Promise.all([
      em.find(Registration, { membership: { $in: memberships } }, { populate: ['activity'] }),
      em.find(LabArtefact, { author: { $in: memberships } }, { populate: ['lab'] }),
      em.find(IdeaSupport, { membership: { $in: memberships } }, { populate: ['idea'] }),
    ]);
    return {
      activities: registrations.map(({ activity, cancelledAt, attended, attendedMinutes }) => ({
        title: activity.title,
        startsAt: activity.startsAt,
        cancelledAt,
        attended,
        attendedMinutes,
      })),
      labContributions: artefacts.map(({ lab, step, kind, title, body, createdAt }) => ({
        lab: lab.title,
        step,
        kind,
        title,
        body,
        createdAt,
      })),
      ideasBacked: supports.map(({ idea }) => idea.title),
    };
  }

  async erase(em: EntityManager, subject: DataSubject) {
    const memberships = await this.memberships(em, subject);
    if (memberships.length)
      await em.nativeDelete(IdeaSupport, { membership: { $in: memberships } });
  }

  async eraseEdition(): Promise<void> {
    // An edition's activities and labs hold no participant's personal data beyond the above.
  }
}
