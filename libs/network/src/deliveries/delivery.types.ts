import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@inclusion/graphql';

@ObjectType('FailedDelivery', {
  description: 'A mail that could not be delivered after every retry.',
})
export class FailedDeliveryType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) tenantId?: string | null;
  @Field(() => String, { description: 'The mail template: invitation, sign-in-link...' })
  template!: string;
  @Field(() => String, {
    description: 'The recipient, masked: operators need the domain, not the person.',
  })
  recipient!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError?: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) failedAt!: Date;
}

export const FailedDeliveryConnection = ConnectionType(FailedDeliveryType, 'FailedDelivery');
