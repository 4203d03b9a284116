import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { addResponseSchemas } from './common/openapi/response-schemas';
import { useBoundedJsonBodies } from './common/json-body';
import { ObjectBodyPipe } from './common/object-body.pipe';
import { securityHeaders } from './common/security-headers';
import { serveDashboard } from './serve-dashboard';
import { createValidationPipe } from './common/validation';
import { MAX_WHOLE_BODY_BYTES } from './common/uploads/upload-policy';
import { XLSX_TYPE } from './common/uploads/file-type';
import { WellFormedTextPipe } from './common/well-formed-text.pipe';

export const API_PREFIX = 'api';

/** The largest form body, in bytes: a one-click unsubscribe's is 26. */
const FORM_BODY_LIMIT = 1024;

/** Everything main.ts and the integration tests must set up identically. */
export async function configureApp(app: NestFastifyApplication, dashboardDir?: string): Promise<void> {
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new ObjectBodyPipe(), new WellFormedTextPipe(), createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  useBoundedJsonBodies(app);
  await app.register(cookie);
  // Each route reads its files through common/uploads/read-upload.ts with its own limits; these defaults only
  // bound a route that would read parts by itself. A cut-down file is refused there, never stored.
  await app.register(multipart, {
    limits: { fileSize: MAX_WHOLE_BODY_BYTES, files: 1, fields: 5 },
    throwFileSizeLimit: true,
  });
  const security = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Angular and Material inject component styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // Installations are often reached over plain http on an office network.
        upgradeInsecureRequests: null,
      },
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(security);
    done();
  });
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // Agency lists and registers may arrive as files posted as they are: CSV (kept as bytes, since its encoding
  // is decided by the import, not assumed) or XLSX. The upload reader applies each route's own limit.
  fastify.addContentTypeParser(
    ['text/csv', 'text/plain', XLSX_TYPE],
    { parseAs: 'buffer', bodyLimit: MAX_WHOLE_BODY_BYTES },
    (_request, body, done) => done(null, body),
  );
  // RFC 8058: mail programs post `List-Unsubscribe=One-Click` as a form to the unsubscribe route, which reads only
  // its query. Kept as a short string, which any route expecting an object refuses.
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  setUpOpenApi(app);
  if (dashboardDir) await serveDashboard(app.getHttpAdapter().getInstance(), dashboardDir, API_PREFIX);
}

function setUpOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('PR performance evaluation API')
    .setDescription('Agencies, evaluation cycles, submissions, scores, training and contests.')
    .setVersion('1.0')
    .addCookieAuth('sid')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  addResponseSchemas(document);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json`,
  });
}
