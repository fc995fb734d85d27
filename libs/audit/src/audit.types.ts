import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageArgs } from '@inclusion/graphql';

@ObjectType('AuditEntry', { description: 'One successful mutation: who, where, what, when.' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Null for platform events.' })
  tenantId?: string | null;
  @Field(() => String, { description: 'The GraphQL mutation.' }) operation!: string;
  @Field(() => [ID]) affectedIds!: string[];
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
}

@ArgsType()
export class AuditListArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  operation?: string | null;
}

@ArgsType()
export class NetworkAuditListArgs extends AuditListArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  tenantId?: string | null;
}
