import { registerEnumType } from '@nestjs/graphql';
import type { Locale } from '@inclusion/i18n';

/** The GraphQL face of the supported locales. */
export const LocaleEnum: { [K in Locale]: K } = { fr: 'fr', en: 'en' };

registerEnumType(LocaleEnum, { name: 'Locale', description: 'A language the platform speaks.' });
