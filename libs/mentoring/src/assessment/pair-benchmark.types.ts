import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  BenchmarkCriterionType,
  BenchmarkIndicatorType,
  KeyFactorType,
} from '../benchmarks/benchmark.types';

@ObjectType('AssessedKeyFactor', { description: 'A key factor and the learner city’s own score.' })
export class AssessedKeyFactorType {
  @Field(() => KeyFactorType) keyFactor!: KeyFactorType;
  @Field(() => Int, { nullable: true, description: '1 to 5; null until assessed.' })
  score?: number | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@ObjectType('TargetedIndicator', { description: 'An indicator, its baseline and its target.' })
export class TargetedIndicatorType {
  @Field(() => BenchmarkIndicatorType) indicator!: BenchmarkIndicatorType;
  @Field(() => Float, { nullable: true }) baseline?: number | null;
  @Field(() => Float, { nullable: true }) target?: number | null;
}

@ObjectType('PartnershipCriterion', {
  description: 'A criterion the pair works on, as the learner city assessed itself against it.',
})
export class PartnershipCriterionType {
  @Field(() => BenchmarkCriterionType) criterion!: BenchmarkCriterionType;
  @Field(() => [AssessedKeyFactorType]) keyFactors!: AssessedKeyFactorType[];
  @Field(() => [TargetedIndicatorType]) indicators!: TargetedIndicatorType[];
}

@ArgsType()
export class PartnershipArgs {
  @Field(() => ID) @IsUUID() partnershipId!: string;
}

@ArgsType()
export class ChooseCriteriaArgs extends PartnershipArgs {
  @Field(() => [ID]) @ArrayMaxSize(20) @IsUUID('all', { each: true }) criterionIds!: string[];
}

@ArgsType()
export class AssessKeyFactorArgs extends PartnershipArgs {
  @Field(() => ID) @IsUUID() keyFactorId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(5) score!: number;
  @Field(() => String, { nullable: true, description: 'What shows it.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  evidence?: string | null;
}

@ArgsType()
export class SetIndicatorTargetArgs extends PartnershipArgs {
  @Field(() => ID) @IsUUID() indicatorId!: string;
  @Field(() => Float) @IsNumber() @Min(-1e9) @Max(1e9) baseline!: number;
  @Field(() => Float) @IsNumber() @Min(-1e9) @Max(1e9) target!: number;
}
