import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { LocaleEnum } from '@inclusion/graphql';
import { LOCALES, type Locale } from '@inclusion/i18n';
import { CommitmentStatus, CommitmentStatusEnum } from '../commitments/commitment-status';
import {
  RecommendationTheme,
  RecommendationThemeEnum,
} from '../recommendations/recommendation-theme';
import { CommitmentCountsType } from '../dashboards/dashboard.types';

@ObjectType('PublicProgressEntry', { description: 'How far a published commitment got, and when.' })
export class PublicProgressEntryType {
  @Field(() => String) on!: string;
  @Field(() => Int) progress!: number;
  @Field(() => CommitmentStatusEnum) status!: CommitmentStatus;
}

@ObjectType('PublicMilestone')
export class PublicMilestoneType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => CommitmentStatusEnum) status!: CommitmentStatus;
  @Field(() => Int) progress!: number;
  @Field(() => String) dueDate!: string;
}

@ObjectType('PublicCommitment', {
  description: 'A commitment the city published, in the visitor’s language; no person is named.',
})
export class PublicCommitmentType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String) department!: string;
  @Field(() => CommitmentStatusEnum) status!: CommitmentStatus;
  @Field(() => String, { nullable: true }) statusReason?: string | null;
  @Field(() => Int) progress!: number;
  @Field(() => String) startDate!: string;
  @Field(() => String) dueDate!: string;
  @Field(() => String) lastUpdateOn!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The recommendation it answers; none when it carries out a mentoring plan’s action.',
  })
  recommendationTitle!: string | null;
  @Field(() => RecommendationThemeEnum, { nullable: true }) theme!: RecommendationTheme | null;
  @Field(() => String, { nullable: true, description: 'The city’s own theme, when LOCAL.' })
  localTheme?: string | null;
  @Field(() => [PublicMilestoneType]) milestones!: PublicMilestoneType[];
  @Field(() => [PublicProgressEntryType], { description: 'Oldest first.' })
  history!: PublicProgressEntryType[];
}

@ObjectType('PublicFollowUp', { description: 'What a city committed to and how far it got.' })
export class PublicFollowUpType {
  @Field(() => String) cityName!: string;
  @Field(() => LocaleEnum) locale!: Locale;
  @Field(() => CommitmentCountsType) counts!: CommitmentCountsType;
  @Field(() => Float, { nullable: true }) averageProgress?: number | null;
  @Field(() => [PublicCommitmentType], { description: 'Soonest due first.' })
  commitments!: PublicCommitmentType[];
}

@ArgsType()
export class PublicFollowUpArgs {
  @Field(() => String, { description: 'The city’s slug.' })
  @IsString()
  @Length(1, 100)
  city!: string;
  @Field(() => LocaleEnum, { nullable: true, description: 'The browser’s language when left out.' })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: Locale | null;
}
