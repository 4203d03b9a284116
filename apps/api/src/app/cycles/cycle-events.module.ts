import { Global, Module } from '@nestjs/common';
import { CycleChangeFeed } from './cycle-change-feed';

/** One change feed per instance, for every module that caches or changes cycles. */
@Global()
@Module({ providers: [CycleChangeFeed], exports: [CycleChangeFeed] })
export class CycleEventsModule {}
