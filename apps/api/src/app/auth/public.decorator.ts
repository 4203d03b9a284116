import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks a route that anonymous visitors may call; every other route needs a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
