import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiResponse } from '@nestjs/swagger';
import type { UploadPolicy } from './upload-policy';

/**
 * Documents a route that takes its file through the upload reader: multipart/form-data with the file in the
 * field `file` and the policy's text fields (required ones listed in `required`), and the refusals it answers.
 */
export const ApiFileUpload = (policy: UploadPolicy, required: readonly string[] = []) =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file', ...required],
        properties: {
          file: {
            type: 'string',
            format: 'binary',
            description: `${policy.describe}, up to ${policy.maxBytes} bytes`,
          },
          ...Object.fromEntries((policy.fields ?? []).map((name) => [name, { type: 'string' }])),
        },
      },
    }),
    ApiResponse({
      status: 413,
      description: '`upload.too_large`: the file is over the limit; nothing was stored',
    }),
    ApiResponse({
      status: 400,
      description:
        '`upload.too_many_files`, `upload.file_required`, `upload.unsupported_type`, `upload.unknown_field`, `upload.malformed`, or invalid fields',
    }),
  );
