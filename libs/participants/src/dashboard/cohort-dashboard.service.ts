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
import { SUPPRESSION_THRESHOLD } from './statistical-disclosure';

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
 * owner and returns counts only. For whoever does not run the edition it has already merged the
 * small categories into one unnamed cell: no row, and no count under five, ever reaches them.
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
      return this.cohortFigures(cohort, target ?? DEFAULT_COHORT_TARGET, mine);
    });
    return { complete, suppressionThreshold: SUPPRESSION_THRESHOLD, cohorts };
  }

  private cohortFigures(cohort: Cohort, target: number, rows: FigureRow[]): CohortFiguresType {
    /** A cohort nobody applied to has no rows: its counts are zero, not suppressed. */
    const single = (dimension: string): number | null => {
      const row = rows.find((candidate) => candidate.dimension === dimension);
      return row ? row.people : 0;
    };
    const group = (dimension: string): CategoryFigureType[] =>
      rows
        .filter((row) => row.dimension === dimension)
        .map((row) => ({ category: row.category, ...figure(row.people) }));
    const selectedCount = single('selected');
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
      applicants: figure(single('applicants')),
      selected: figure(selectedCount),
      targetReached: selectedCount !== null && selectedCount >= target,
      nationalities: figure(single('nationalities')),
      byStatus: group('status'),
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
