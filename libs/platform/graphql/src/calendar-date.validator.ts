import { applyDecorators } from '@nestjs/common';
import { IsDateString, Matches } from 'class-validator';

/** A calendar date, YYYY-MM-DD, that exists (no 30 February). */
export const IsCalendarDate = (): PropertyDecorator =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a calendar date, YYYY-MM-DD' }),
    IsDateString({ strict: true }),
  );
