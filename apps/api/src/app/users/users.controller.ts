import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import { ROLES, type AccountView, type Page, type Role, type SessionUser } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../auth/auth.decorators';
import { ApiPageQuery, PageParams, type PageWindow } from '../common/paging';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Can('account.list')
  @ApiOperation({ summary: 'Accounts of your region (all, for a national admin)' })
  @ApiQuery({ name: 'regionId', required: false, description: 'National admins only' })
  @ApiQuery({ name: 'role', required: false, enum: ROLES })
  @ApiQuery({ name: 'agencyId', required: false })
  @ApiQuery({ name: 'search', required: false, description: 'Part of the login or of the name' })
  @ApiPageQuery()
  @Responds(200, { pageOf: 'AccountView' })
  list(
    @CurrentUser() user: SessionUser,
    @PageParams() page: PageWindow,
    @Query('regionId', new ParseIdPipe({ optional: true })) regionId?: string,
    @Query('role', new ParseEnumPipe(Object.fromEntries(ROLES.map((r) => [r, r])), { optional: true }))
    role?: Role,
    @Query('agencyId', new ParseIdPipe({ optional: true })) agencyId?: string,
    @Query('search') search?: string,
  ): Promise<Page<AccountView>> {
    return this.users.list(user, { regionId, role, agencyId, search: search?.slice(0, 100) }, page);
  }

  @Get(':userId')
  @Can('account.list')
  @ApiOperation({ summary: 'One account of your region (any, for a national admin); 404 outside it' })
  @Responds(200, 'AccountView')
  get(@Param('userId', ParseIdPipe) userId: string, @CurrentUser() user: SessionUser): Promise<AccountView> {
    return this.users.get(userId, user);
  }

  @Post()
  @Can('account.create')
  @ApiOperation({ summary: 'Add an account' })
  @Responds(201, 'AccountView')
  create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<AccountView> {
    return this.users.create(body, actor);
  }

  @Patch(':userId')
  @Can('account.update')
  @ApiOperation({
    summary: 'Rename, deactivate, move or change the role of an account; a stale version gets 409',
  })
  @Responds(200, 'AccountView')
  update(
    @Param('userId', ParseIdPipe) userId: string,
    @Body() body: UpdateUserDto,
    @CurrentActor() actor: Actor,
  ): Promise<AccountView> {
    return this.users.update(userId, body, actor);
  }

  @Post(':userId/password')
  @Can('account.reset_password')
  @HttpCode(204)
  @ApiOperation({ summary: "Set a new password for someone else's account; ends their sessions" })
  @Responds(204)
  resetPassword(
    @Param('userId', ParseIdPipe) userId: string,
    @Body() body: ResetPasswordDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.users.resetPassword(userId, body, actor);
  }
}
