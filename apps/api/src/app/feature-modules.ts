import { Type } from '@nestjs/common';
import { ScoresModule } from './scores/scores.module';

/** The product's feature modules, one line each. */
export const featureModules: Type[] = [ScoresModule];
