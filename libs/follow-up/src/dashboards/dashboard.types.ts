import { ArgsType, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { graphqlEnum, IsCalendarDate, MAX_PAGE_SIZE } from '@inclusion/graphql';
import { CommitmentType } from '../commitments/commitment.types';
import {
  RecommendationTheme,
  RecommendationThemeEnum,
} from '../recommendations/recommendation-theme';

export enum SeriesInterval {
  Week = 'week',
  Month = 'month',
}

export const SeriesIntervalEnum = graphqlEnum(SeriesInterval, 'SeriesInterval');

/** Two years of weeks, or of months beyond that: enough for any edition and its follow-up. */
export const MAX_POINTS = 104;

@ObjectType('CommitmentCounts')
export class CommitmentCountsType {
  @Field(() => Int) total!: number;
  @Field(() => Int) notStarted!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int) delayed!: number;
  @Field(() => Int) abandoned!: number;
}

@ObjectType('FollowUpFigures', { description: 'Counts of recommendations, answers, commitments.' })
export class FollowUpFiguresType {
  @Field(() => Int) recommendations!: number;
  @Field(() => Int, { description: 'Submitted to the city.' }) submitted!: number;
  @Field(() => Int, { description: 'With an answer of the city, under study included.' })
  answered!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) partlyAccepted!: number;
  @Field(() => Int) declined!: number;
  @Field(() => Int) underStudy!: number;
  @Field(() => CommitmentCountsType, { description: 'Top-level commitments by status.' })
  commitments!: CommitmentCountsType;
  @Field(() => Float, { nullable: true, description: '0 to 100, of top-level commitments.' })
  averageProgress?: number | null;
  @Field(() => Float, { nullable: true, description: 'Done among those not abandoned, 0 to 1.' })
  shareDone?: number | null;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) stale!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUpdateAt?: Date | null;
}

@ObjectType('ProgressPoint', { description: 'Where the commitments stood at the end of a period.' })
export class ProgressPointType {
  @Field(() => String, { description: 'Last day of the week or month.' }) periodEnd!: string;
  @Field(() => Int, { description: 'Commitments that existed then.' }) commitments!: number;
  @Field(() => Float, { nullable: true }) averageProgress?: number | null;
}

@ObjectType('ThemeFigures')
export class ThemeFiguresType {
  @Field(() => RecommendationThemeEnum) theme!: RecommendationTheme;
  @Field(() => Int) recommendations!: number;
  @Field(() => Int) commitments!: number;
  @Field(() => Int) done!: number;
}

@ObjectType('FollowUpDashboard', { description: 'Where the city’s follow-up stands.' })
export class FollowUpDashboardType {
  @Field(() => FollowUpFiguresType) figures!: FollowUpFiguresType;
  @Field(() => [ThemeFiguresType]) byTheme!: ThemeFiguresType[];
  @Field(() => [CommitmentType], {
    description: 'Overdue, the longest overdue first (at most 20).',
  })
  overdue!: CommitmentType[];
  @Field(() => [CommitmentType], { description: 'Stale, the longest silent first (at most 20).' })
  stale!: CommitmentType[];
  @Field(() => [ProgressPointType]) progressOverTime!: ProgressPointType[];
}

@ArgsType()
export class SeriesArgs {
  @Field(() => SeriesIntervalEnum, { nullable: true, description: 'MONTH when left out.' })
  @IsOptional()
  @IsEnum(SeriesInterval)
  interval?: SeriesInterval | null;
  @Field(() => Int, {
    nullable: true,
    description: `Points up to today, without a period; 12 by default, ${MAX_POINTS} at most.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_POINTS)
  points?: number | null;
  @Field(() => String, { nullable: true, description: 'Commitments due from this day.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Commitments due until this day.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;
  @Field(() => RecommendationThemeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(RecommendationTheme)
  theme?: RecommendationTheme | null;
}

@ArgsType()
export class FollowUpDashboardArgs extends SeriesArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() editionId?: string | null;
}

@ArgsType()
export class NetworkFollowUpArgs extends SeriesArgs {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string | null;
  @Field(() => String, { nullable: true, description: 'A methodology template key.' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  methodology?: string | null;
  @Field(() => Int, { nullable: true, description: 'The year the cities’ editions started.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  editionYear?: number | null;
}

@ObjectType('CityFollowUp')
export class CityFollowUpType extends FollowUpFiguresType {
  @Field(() => ID) tenantId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) country!: string;
}

export const DEFAULT_CITY_PAGE = 50;
export const MAX_CITY_PAGE = MAX_PAGE_SIZE;

@ArgsType()
export class CityPageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_CITY_PAGE,
    description: `How many cities, at most ${MAX_CITY_PAGE}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_CITY_PAGE)
  first: number = DEFAULT_CITY_PAGE;
  @Field(() => Int, { defaultValue: 0, description: 'How many cities to skip, in the same order.' })
  @IsInt()
  @Min(0)
  offset: number = 0;
}

@ObjectType('NetworkFollowUp', { description: 'Every city’s follow-up, for the network operator.' })
export class NetworkFollowUpType {
  @Field(() => FollowUpFiguresType, { description: 'Every city in the filter, added up.' })
  totals!: FollowUpFiguresType;
  /** Every city in the filter, in the order pages are cut from (see the resolver). */
  everyCity!: CityFollowUpType[];
  @Field(() => [ProgressPointType]) progressOverTime!: ProgressPointType[];
}
