import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import {
  NotificationFrequency,
  NotificationFrequencyEnum,
  NotificationKind,
  NotificationKindEnum,
} from './notification-kind';

@ObjectType('NotificationPreference', {
  description: 'How often you get one kind of follow-up mail, in every city you belong to.',
})
export class NotificationPreferenceType {
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => NotificationFrequencyEnum) frequency!: NotificationFrequency;
  @Field(() => Boolean, { description: 'You have not chosen: the default applies.' })
  isDefault!: boolean;
}

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => NotificationKindEnum) @IsEnum(NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationFrequencyEnum)
  @IsEnum(NotificationFrequency)
  frequency!: NotificationFrequency;
}
