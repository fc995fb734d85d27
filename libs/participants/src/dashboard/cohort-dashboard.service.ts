import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionService } from '@inclusion/editions';
import { DEFAULT_COHORT_TARGET, ParticipantCall } from '../calls/participant-call.entity';
import { Cohort } from '../cohort';
import type {
  CategoryFigureType,
  CohortDashboardType,
  CohortFiguresType,
  FigureType,
} from './cohort-dashboard.types';
import { protectGroup, SUPPRESSION_THRESHOLD, type Cell } from './statistical-disclosure';

interface FigureRow {
  cohort: Cohort;
  dimension: string;
  category: string | null;
  people: number | null;
}

const figure = (value: number | null | undefined): FigureType => ({
  value: value ?? null,
  suppressed: value === null,
});

const LANGUAGE = 'language:';

/**
 * Cohort figures come from `app_cohort_figures`, which reads the applications as the database's
 * owner and returns counts only, already suppressed under the threshold for whoever does not run
 * the edition: no row, and no small count, ever reaches them.
 */
@Injectable()
export class CohortDashboardService {
  constructor(private readonly editions: EditionService) {}

  async forEdition(em: EntityManager, editionId: string): Promise<CohortDashboardType> {
    const edition = await this.editions.get(em, editionId);
    const [rows, [{ complete }], calls] = await Promise.all([
      em.execute<FigureRow[]>('select * from app_cohort_figures(?)', [edition.id]),
      em.execute<{ complete: boolean }[]>('select app_runs_edition(?) as complete', [edition.id]),
      em.find(ParticipantCall, { edition }),
    ]);
    const cohorts = Object.values(Cohort).map((cohort) => {
      const mine = rows.filter((row) => row.cohort === cohort);
      const target = calls.find((call) => call.cohort === cohort)?.target;
      return this.cohortFigures(cohort, target ?? DEFAULT_COHORT_TARGET, mine, complete);
    });
    return { complete, suppressionThreshold: SUPPRESSION_THRESHOLD, cohorts };
  }

  private cohortFigures(
    cohort: Cohort,
    target: number,
    rows: FigureRow[],
    complete: boolean,
  ): CohortFiguresType {
    /** A cohort nobody applied to has no rows: its counts are zero, not suppressed. */
    const single = (dimension: string): number | null => {
      const row = rows.find((candidate) => candidate.dimension === dimension);
      return row ? row.people : 0;
    };
    const group = (dimension: string): CategoryFigureType[] => {
      const cells: Cell[] = rows
        .filter((row) => row.dimension === dimension)
        .map((row) => ({ category: row.category ?? '', value: row.people }));
      return (complete ? cells : protectGroup(cells)).map((cell) => ({
        category: cell.category,
        ...figure(cell.value),
      }));
    };
    const selectedCount = single('selected');
    const byStatus = group('status');
    const languageCodes = [
      ...new Set(
        rows
          .filter((row) => row.dimension.startsWith(LANGUAGE))
          .map((row) => row.dimension.slice(LANGUAGE.length)),
      ),
    ].sort();
    return {
      cohort,
      target,
      // The applicants are the statuses added up: with one status hidden, the total would give it.
      applicants: figure(
        !complete && byStatus.some((cell) => cell.suppressed) ? null : single('applicants'),
      ),
      selected: figure(selectedCount),
      targetReached: selectedCount !== null && selectedCount >= target,
      nationalities: figure(single('nationalities')),
      byStatus,
      byGender: group('gender'),
      byAgeBand: group('age_band'),
      byNationality: group('nationality'),
      byAdministrativeStatus: group('administrative_status'),
      bySchooling: group('schooling'),
      byPosition: group('position'),
      languages: languageCodes.map((language) => ({
        language,
        levels: group(`${LANGUAGE}${language}`),
      })),
    };
  }
}
