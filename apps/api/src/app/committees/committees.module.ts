import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommitteeMember } from './committee-member.entity';
import { Committee } from './committee.entity';
import { CommitteesController } from './committees.controller';
import { CommitteesService } from './committees.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommitteeMember, Committee])],
  controllers: [CommitteesController],
  providers: [CommitteesService],
})
export class CommitteesModule {}
