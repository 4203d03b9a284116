import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrorBody } from './api-error';

/** Gives every error, from Nest, Fastify or our own code, the one JSON shape clients rely on. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body = this.toBody(exception, request.id);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, reqId: request.id }, 'request failed');
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, requestId: string): ApiErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const fields =
        typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
      const message = typeof response === 'string' ? response : fields['message'];
      return {
        statusCode,
        error: STATUS_CODES[statusCode] ?? 'Error',
        message: Array.isArray(message) ? message.join('; ') : String(message ?? exception.message),
        ...(Array.isArray(fields['details'])
          ? { details: fields['details'] as ApiErrorBody['details'] }
          : {}),
        ...(fields['current'] !== undefined ? { current: fields['current'] } : {}),
      };
    }
    const clientStatus = fastifyClientStatus(exception);
    if (clientStatus) {
      return {
        statusCode: clientStatus,
        error: STATUS_CODES[clientStatus] ?? 'Error',
        message: (exception as Error).message,
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: `Something went wrong on our side; quote request ${requestId} when reporting it`,
    };
  }
}

/** Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode. */
function fastifyClientStatus(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const status = (exception as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
