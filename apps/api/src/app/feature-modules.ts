import { Type } from '@nestjs/common';
import { DemoModule } from './demo/demo.module';
import { ScoresModule } from './scores/scores.module';
import { UsersModule } from './users/users.module';

/** The product's feature modules. */
export const featureModules: Type[] = [UsersModule, ScoresModule, DemoModule];
