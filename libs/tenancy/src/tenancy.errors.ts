import { AppError } from '@inclusion/graphql';

export const tenantSlugTaken = (slug: string): AppError =>
  new AppError(
    'CONFLICT',
    'TENANT_SLUG_TAKEN',
    {
      fr: `L'identifiant « ${slug} » est déjà utilisé par une autre collectivité.`,
      en: `The identifier "${slug}" is already used by another city.`,
    },
    { slug },
  );

export const tenantArchived = (): AppError =>
  new AppError('FORBIDDEN', 'TENANT_ARCHIVED', {
    fr: 'Cette collectivité est archivée : ses données sont en lecture seule.',
    en: 'This city is archived: its data is read-only.',
  });

export const tenantNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'TENANT_NOT_FOUND', {
    fr: "Cette collectivité n'existe pas ou n'est pas accessible.",
    en: 'This city does not exist or is not accessible.',
  });
