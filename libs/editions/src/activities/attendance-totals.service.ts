import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionService } from '../editions/edition.service';

/** The dual-track training is twelve hours per person. */
export const TRAINING_TARGET_HOURS = 12;

export interface AttendanceTotal {
  membershipId: string;
  track: string | null;
  minutes: number;
}

/**
 * Attendance added up per person and per training track in one grouped query, however many
 * sessions and people the edition has.
 */
@Injectable()
export class AttendanceTotalsService {
  constructor(private readonly editions: EditionService) {}

  async forEdition(em: EntityManager, editionId: string): Promise<AttendanceTotal[]> {
    const edition = await this.editions.get(em, editionId);
    const rows = await em.execute<
      { membership_id: string; track: string | null; minutes: string }[]
    >(
      `select r.membership_id, a.track, sum(r.attended_minutes) as minutes
         from activity_registration r join activity a on a.id = r.activity_id
        where a.edition_id = ? and r.attended and r.cancelled_at is null and a.cancelled_at is null
        group by r.membership_id, a.track
        order by r.membership_id, a.track nulls last`,
      [edition.id],
    );
    return rows.map((row) => ({
      membershipId: row.membership_id,
      track: row.track,
      minutes: Number(row.minutes),
    }));
  }
}
