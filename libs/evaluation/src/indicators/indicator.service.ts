import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionService } from '@inclusion/editions';
import type { Cohort } from '@inclusion/participants';
import { Tenant } from '@inclusion/tenancy';
import { protectParts, SUPPRESSION_THRESHOLD, toShare, type Counts } from './disclosure';
import { INDICATORS, type IndicatorDefinition } from './indicator-definitions';
import type {
  EvaluationIndicatorsType,
  IndicatorType,
  NetworkIndicatorsType,
} from './indicator.types';

interface IndicatorRow extends Counts {
  indicator: string;
}

interface NetworkRow extends IndicatorRow {
  /** Null on the network's total. */
  tenant_id: string | null;
}

const definitionsFor = (cohort?: Cohort | null) =>
  INDICATORS.filter((definition) => !cohort || definition.cohort === cohort);

/** The definitions as the SQL functions read them. */
const asJson = (definitions: readonly IndicatorDefinition[]) =>
  JSON.stringify(
    definitions.map(({ key, cohort, itemKey, minimum }) => ({
      key,
      cohort,
      item_key: itemKey,
      minimum,
    })),
  );

const indicator = (definition: IndicatorDefinition, counts: Counts | undefined): IndicatorType => ({
  key: definition.key,
  cohort: definition.cohort,
  itemKey: definition.itemKey,
  minimum: definition.minimum,
  label: definition.label,
  ...toShare(counts),
});

/**
 * Indicators come from SECURITY DEFINER functions that read the responses as the database's owner
 * and return counts only, already suppressed under the threshold where the viewer may not see
 * them: no response, and no small count, reaches anyone else.
 */
@Injectable()
export class IndicatorService {
  constructor(private readonly editions: EditionService) {}

  async forEdition(
    em: EntityManager,
    editionId: string,
    cohort?: Cohort | null,
  ): Promise<EvaluationIndicatorsType> {
    const edition = await this.editions.get(em, editionId);
    const [{ complete }] = await em.execute<{ complete: boolean }[]>(
      'select app_runs_edition(?) as complete',
      [edition.id],
    );
    return this.tenantFigures(em, edition.id, definitionsFor(cohort), complete);
  }

  /** Every edition of the city together; a figure shows only if each edition's share would. */
  async forTenant(em: EntityManager, cohort?: Cohort | null): Promise<EvaluationIndicatorsType> {
    const [{ complete }] = await em.execute<{ complete: boolean }[]>(
      `select coalesce(bool_and(app_runs_edition(id)), true) as complete
         from edition where tenant_id = app_current_tenant()`,
    );
    return this.tenantFigures(em, null, definitionsFor(cohort), complete);
  }

  async forNetwork(em: EntityManager, cohort?: Cohort | null): Promise<NetworkIndicatorsType> {
    const definitions = definitionsFor(cohort);
    const rows = await em.execute<NetworkRow[]>('select * from app_network_indicators(?::jsonb)', [
      asJson(definitions),
    ]);
    const tenantIds = [...new Set(rows.flatMap((row) => (row.tenant_id ? [row.tenant_id] : [])))];
    const tenants = await em.find(Tenant, { id: { $in: tenantIds } }, { orderBy: { name: 'asc' } });
    const cities = tenants.map((tenant) => ({
      tenantId: tenant.id,
      cityName: tenant.name,
      indicators: definitions.map((definition) =>
        indicator(
          definition,
          rows.find((row) => row.tenant_id === tenant.id && row.indicator === definition.key),
        ),
      ),
    }));
    // Secondary suppression, indicator by indicator, across the cities that make up the total.
    definitions.forEach((_, index) => {
      const shares = protectParts(cities.map((city) => city.indicators[index]));
      cities.forEach((city, position) => (city.indicators[index] = shares[position]));
    });
    return {
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      indicators: definitions.map((definition) =>
        indicator(
          definition,
          rows.find((row) => row.tenant_id === null && row.indicator === definition.key),
        ),
      ),
      cities,
    };
  }

  private async tenantFigures(
    em: EntityManager,
    editionId: string | null,
    definitions: readonly IndicatorDefinition[],
    complete: boolean,
  ): Promise<EvaluationIndicatorsType> {
    const rows = await em.execute<IndicatorRow[]>(
      'select * from app_evaluation_indicators(?, ?::jsonb)',
      [editionId, asJson(definitions)],
    );
    return {
      complete,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      indicators: definitions.map((definition) =>
        indicator(
          definition,
          rows.find((row) => row.indicator === definition.key),
        ),
      ),
    };
  }
}
