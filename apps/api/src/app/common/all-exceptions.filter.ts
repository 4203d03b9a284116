import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { errorMessage, isErrorCode, isFieldProblemCode, type ErrorParams } from '@prgauge/contracts';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrorBody, FieldProblem } from './api-error';
import { databaseUnavailability, Unavailability } from './database-unavailable';
import { errorCodeOfStatus } from './error-code-of-status';
import { TooManyRequestsException } from './too-many-requests';
import { takenFromUniqueViolation } from './unique-violation';

/** Seconds a client should wait before retrying a 503 that names no more precise delay. */
const DEFAULT_RETRY_AFTER = 5;

/** Gives every error, from Nest, Fastify or our own code, the one JSON shape clients rely on. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const unavailable = databaseUnavailability(exception);
    const body = unavailable ? unavailableBody(unavailable) : this.toBody(exception, request.id);
    if (unavailable) {
      // Expected while PostgreSQL restarts: one line, not a stack trace per request.
      this.logger.warn(`${request.method} ${request.url}: ${unavailable.code} (${String(exception)})`);
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, reqId: request.id }, 'request failed');
    }
    if (exception instanceof TooManyRequestsException)
      void reply.header('Retry-After', String(exception.retryAfterSeconds));
    // Every 503 says when to come back, so clients and proxies back off rather than hammer.
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) {
      void reply.header('retry-after', String(unavailable?.retryAfter ?? DEFAULT_RETRY_AFTER));
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(thrown: unknown, requestId: string): ApiErrorBody {
    const exception = takenFromUniqueViolation(thrown) ?? thrown;
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const fields =
        typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
      const message = typeof response === 'string' ? response : fields['message'];
      const details = Array.isArray(fields['details']) ? withCodes(fields['details']) : undefined;
      return {
        statusCode,
        code: isErrorCode(fields['code']) ? fields['code'] : codeOfUncoded(exception, statusCode),
        params: paramsOf(fields['params']),
        error: STATUS_CODES[statusCode] ?? 'Error',
        message: Array.isArray(message) ? message.join('; ') : String(message ?? exception.message),
        ...(details ? { details } : {}),
        ...(fields['current'] !== undefined ? { current: fields['current'] } : {}),
      };
    }
    const client = fastifyClientError(exception);
    if (client) {
      return {
        statusCode: client.status,
        code: client.code ?? errorCodeOfStatus(client.status),
        params: {},
        error: STATUS_CODES[client.status] ?? 'Error',
        message: client.message,
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'server.error',
      params: { requestId },
      error: 'Internal Server Error',
      message: errorMessage('server.error', { requestId }),
    };
  }
}

function unavailableBody(unavailable: Unavailability): ApiErrorBody {
  return {
    statusCode: HttpStatus.SERVICE_UNAVAILABLE,
    code: unavailable.code,
    params: { retryAfter: unavailable.retryAfter },
    error: 'Service Unavailable',
    message: errorMessage(unavailable.code),
  };
}

function withCodes(details: unknown[]): FieldProblem[] {
  return details.map((entry) => {
    const detail = entry as Partial<FieldProblem>;
    return {
      field: String(detail.field ?? ''),
      code: isFieldProblemCode(detail.code) ? detail.code : 'field.invalid',
      ...(detail.params ? { params: paramsOf(detail.params) } : {}),
      problems: Array.isArray(detail.problems) ? detail.problems.map(String) : [],
    };
  });
}

const FASTIFY_CODES: Record<string, ApiErrorBody['code']> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
};

/** Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode. */
function fastifyClientError(
  exception: unknown,
): { status: number; code?: ApiErrorBody['code']; message: string } | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { statusCode, code, message } = exception as {
    statusCode?: unknown;
    code?: unknown;
    message?: unknown;
  };
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return undefined;
  return {
    status: statusCode,
    code: typeof code === 'string' ? FASTIFY_CODES[code] : undefined,
    message: String(message ?? ''),
  };
}

/** Nest answers a path no controller serves with a plain 404 "Cannot GET /x": that is a route, not a record. */
function codeOfUncoded(exception: HttpException, status: number): ApiErrorBody['code'] {
  if (exception instanceof NotFoundException && /^Cannot [A-Z]+ \//.test(exception.message))
    return 'route.not_found';
  return errorCodeOfStatus(status);
}

/** Keeps only the params a client can show: text and finite numbers. */
function paramsOf(value: unknown): ErrorParams {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
    ) as [string, string | number][],
  );
}
