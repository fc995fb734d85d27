import {
  Entity,
  Enum,
  Index,
  JsonType,
  ManyToOne,
  Property,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import type { Translated } from '@inclusion/i18n';
import { Edition } from '@inclusion/editions';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Cohort } from '../cohort';
import type { EligibilityRules } from './eligibility';

/** The pilot's target: at least fifteen people in each cohort of each city. */
export const DEFAULT_COHORT_TARGET = 15;

/**
 * A call for participants to one cohort of an edition. Once published, anyone may read it and
 * apply without an account while it is open.
 */
@Entity({ tableName: 'participant_call' })
@Unique({ properties: ['tenantId', 'edition', 'cohort'] })
export class ParticipantCall extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Edition)
  edition!: Edition;

  @Enum({ items: () => Cohort })
  cohort!: Cohort;

  @Property({ type: JsonType })
  title!: Translated;

  @Property({ type: JsonType })
  description!: Translated;

  /** First and last day applications are taken, in the city's time zone. */
  @Property({ type: 'date' })
  opensOn!: string;

  @Property({ type: 'date' })
  closesOn!: string;

  @Property({ type: 'int' })
  target: Opt<number> = DEFAULT_COHORT_TARGET;

  @Property({ type: JsonType })
  eligibility: Opt<EligibilityRules> = {};

  /** The privacy notice applicants consent to; a new version needs a new consent. */
  @Property({ type: 'text' })
  privacyPolicyVersion!: string;

  @Property({ type: JsonType })
  processingPurpose!: Translated;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;
}
