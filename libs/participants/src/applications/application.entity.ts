import {
  ArrayType,
  Entity,
  Enum,
  Index,
  JsonType,
  ManyToOne,
  Property,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import { newId } from '@inclusion/database';
import { Edition } from '@inclusion/editions';
import { Membership, User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import type { EligibilityOutcome } from '../calls/eligibility';
import { ParticipantCall } from '../calls/participant-call.entity';
import { Cohort } from '../cohort';
import {
  ActorPosition,
  AdministrativeStatus,
  AgeBand,
  Gender,
  Schooling,
  type SpokenLanguage,
} from './applicant-profile';
import { ApplicationStatus } from './application-status';

/**
 * A person's application to a cohort, then, once selected, their participation. Row-level security
 * lets only the team running the edition and the person read it; others get figures from
 * `app_cohort_figures`, which never returns a row.
 */
@Entity({ tableName: 'application' })
@Unique({ properties: ['tenantId', 'call', 'email'] })
export class Application extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => ParticipantCall)
  call!: ParticipantCall;

  /** The call's, repeated so the policies can name the edition without a join. */
  @Index()
  @ManyToOne(() => Edition, { mapToPk: true, fieldName: 'edition_id' })
  editionId!: string;

  @Enum({ items: () => Cohort })
  cohort!: Cohort;

  @Enum({ items: () => ApplicationStatus })
  status: Opt<ApplicationStatus> = ApplicationStatus.Applied;

  @Property({ type: 'text' })
  givenName!: string;

  @Property({ type: 'text' })
  familyName!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  cityOfResidence?: string | null;

  @Property({ type: JsonType })
  languages: Opt<SpokenLanguage[]> = [];

  @Property({ type: 'text' })
  motivation!: string;

  @Property({ type: 'text', nullable: true })
  availability?: string | null;

  @Property({ type: ArrayType })
  interests: Opt<string[]> = [];

  @Enum({ items: () => Gender, nullable: true })
  gender?: Gender | null;

  @Enum({ items: () => AgeBand, nullable: true })
  ageBand?: AgeBand | null;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: 'text', nullable: true })
  nationality?: string | null;

  @Enum({ items: () => AdministrativeStatus, nullable: true })
  administrativeStatus?: AdministrativeStatus | null;

  @Enum({ items: () => Schooling, nullable: true })
  schooling?: Schooling | null;

  @Property({ type: 'text', nullable: true })
  organisation?: string | null;

  @Property({ type: 'text', nullable: true })
  department?: string | null;

  @Enum({ items: () => ActorPosition, nullable: true })
  position?: ActorPosition | null;

  /** The language the person wrote in, for every mail they get. */
  @Property({ type: 'text' })
  locale!: string;

  @Property({ type: 'text' })
  consentPolicyVersion!: string;

  @Property({ type: 'text' })
  consentPurpose!: string;

  @Property({ type: 'datetime' })
  consentedAt!: Date;

  @Property({ type: JsonType })
  eligibility!: EligibilityOutcome;

  /** The member account a selected person was invited into. */
  @Index()
  @ManyToOne(() => Membership, { mapToPk: true, fieldName: 'membership_id', nullable: true })
  membershipId?: string | null;

  /** The same person's account, which the policies compare with the signed-in user. */
  @Index()
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'person_id', nullable: true })
  personId?: string | null;

  /**
   * Links the person's questionnaires without naming them: answers carry this key, not the person,
   * and erasing the person removes the only link between the two.
   */
  @Property({ type: 'uuid', unique: true })
  respondentKey: Opt<string> = newId();
}

/** What tests and demo data set on an application beyond its defaults. */
export type ApplicationSeed = Partial<
  Pick<
    Application,
    | 'status'
    | 'givenName'
    | 'familyName'
    | 'email'
    | 'locale'
    | 'cityOfResidence'
    | 'languages'
    | 'motivation'
    | 'gender'
    | 'ageBand'
    | 'nationality'
    | 'administrativeStatus'
    | 'schooling'
    | 'organisation'
    | 'position'
    | 'personId'
    | 'membershipId'
  >
>;
