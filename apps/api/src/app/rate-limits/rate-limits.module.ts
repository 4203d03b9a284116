import { Global, Module } from '@nestjs/common';
import { AddressLimitsService } from './address-limits.service';

/** Per-address limits for anonymous forms; its table is `address_hit`. */
@Global()
@Module({
  providers: [AddressLimitsService],
  exports: [AddressLimitsService],
})
export class RateLimitsModule {}
