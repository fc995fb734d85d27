import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Edition } from '@inclusion/editions';
import { Cohort } from '@inclusion/participants';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { Questionnaire } from '../questionnaires/questionnaire.entity';

/**
 * One participant's answers to one questionnaire, under their pseudonymous respondent key and
 * never their account: the key alone pairs a pre and a post response. Only the respondent reads
 * it (row-level security); everyone else, the edition's team included, gets figures.
 */
@Entity({ tableName: 'questionnaire_response' })
@Unique({ properties: ['tenantId', 'questionnaireId', 'respondentKey'] })
export class QuestionnaireResponse extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Questionnaire, { mapToPk: true, fieldName: 'questionnaire_id' })
  questionnaireId!: string;

  /** The questionnaire's, repeated so that figures need no join to scope an edition. */
  @Index()
  @ManyToOne(() => Edition, { mapToPk: true, fieldName: 'edition_id' })
  editionId!: string;

  @Index()
  @Property({ type: 'uuid' })
  respondentKey!: string;

  /** The respondent's cohort when they answered, which indicators are computed by. */
  @Enum({ items: () => Cohort })
  cohort!: Cohort;
}
