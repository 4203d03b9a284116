import { Type } from '@nestjs/common';

/** The product's feature modules, one line each. */
export const featureModules: Type[] = [];
