import { Entity, Enum, Index, JsonType, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Edition } from '@inclusion/editions';
import type { Translated } from '@inclusion/i18n';
import { User } from '@inclusion/identity';
import { Cohort } from '@inclusion/participants';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { QuestionnaireMoment, QuestionnaireStatus } from './questionnaire-status';

/**
 * A questionnaire of an edition, for one cohort or both. A post questionnaire names the pre
 * questionnaire it is compared with; their items share keys, which is how answers are paired.
 */
@Entity({ tableName: 'questionnaire' })
export class Questionnaire extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Edition, { mapToPk: true, fieldName: 'edition_id' })
  editionId!: string;

  @Property({ type: JsonType })
  title!: Translated;

  /** Null: both cohorts answer it. */
  @Enum({ items: () => Cohort, nullable: true })
  cohort?: Cohort | null;

  @Enum({ items: () => QuestionnaireMoment })
  moment!: QuestionnaireMoment;

  /** For a post questionnaire, the pre questionnaire its answers are compared with. */
  @Index()
  @ManyToOne(() => Questionnaire, { mapToPk: true, fieldName: 'paired_with_id', nullable: true })
  pairedWithId?: string | null;

  /** First and last day answers are taken, in the city's time zone. */
  @Property({ type: 'date' })
  opensOn!: string;

  @Property({ type: 'date' })
  closesOn!: string;

  @Enum({ items: () => QuestionnaireStatus })
  status: Opt<QuestionnaireStatus> = QuestionnaireStatus.Draft;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'created_by_id' })
  createdById!: string;
}
