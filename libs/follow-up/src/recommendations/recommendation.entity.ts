import {
  Check,
  Entity,
  Enum,
  Index,
  JsonType,
  ManyToOne,
  Property,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import { Edition, PolicyLab } from '@inclusion/editions';
import type { Translated } from '@inclusion/i18n';
import { User } from '@inclusion/identity';
import { TenantOwnedEntity } from '@inclusion/tenancy';
import { AnswerDecision } from './answer-decision';
import { RecommendationStatus } from './recommendation-status';
import { RecommendationTheme } from './recommendation-theme';

/**
 * What the cohorts of an edition recommend to their city, co-written at the end of the Policy
 * Labs. The city's latest answer is kept here too, so that dashboards count without a join to
 * the answers' history.
 */
@Entity({ tableName: 'recommendation' })
@Check({
  name: 'recommendation_local_theme_check',
  expression: "(theme = 'local') = (local_theme is not null)",
})
@Unique({ properties: ['tenantId', 'externalId'] })
export class Recommendation extends TenantOwnedEntity {
  @Index()
  @ManyToOne(() => Edition, { mapToPk: true, fieldName: 'edition_id' })
  editionId!: string;

  /** The Lab it came from, when one did. */
  @Index()
  @ManyToOne(() => PolicyLab, {
    mapToPk: true,
    fieldName: 'policy_lab_id',
    nullable: true,
    deleteRule: 'set null',
  })
  policyLabId?: string | null;

  /** The city's own reference (from a spreadsheet it keeps), for CSV imports. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  @Property({ type: JsonType })
  title!: Translated;

  @Property({ type: JsonType })
  body!: Translated;

  @Enum({ items: () => RecommendationTheme })
  theme!: RecommendationTheme;

  /** The name of the city's own theme, when `theme` is local. */
  @Property({ type: JsonType, nullable: true })
  localTheme?: Translated | null;

  @Enum({ items: () => RecommendationStatus })
  status: Opt<RecommendationStatus> = RecommendationStatus.Draft;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Enum({ items: () => AnswerDecision, nullable: true })
  answer?: AnswerDecision | null;

  @Property({ type: 'date', nullable: true })
  answeredOn?: string | null;

  @ManyToOne(() => User, {
    mapToPk: true,
    fieldName: 'created_by_id',
    deleteRule: 'set null',
    nullable: true,
  })
  createdById?: string | null;
}
