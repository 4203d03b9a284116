import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../api-error';
import { MAX_FIELD_BYTES } from './upload-policy';

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The refusals of the upload reader, each with its catalogue code and the field it concerns. */
export const uploadRefusal = {
  tooLarge: (maxBytes: number) =>
    new ApiException(
      HttpStatus.PAYLOAD_TOO_LARGE,
      'upload.too_large',
      { maxBytes },
      {
        details: [
          {
            field: 'file',
            code: 'field.too_large',
            params: { max: maxBytes, unit: 'bytes' },
            problems: [`is larger than ${megabytes(maxBytes)}`],
          },
        ],
      },
    ),
  tooManyFiles: (maxFiles: number) =>
    new ApiException(
      HttpStatus.BAD_REQUEST,
      'upload.too_many_files',
      { maxFiles },
      {
        details: [
          {
            field: 'file',
            code: 'field.too_many',
            params: { max: maxFiles, unit: 'files' },
            problems: [`at most ${maxFiles} file(s) per request`],
          },
        ],
      },
    ),
  fileRequired: () =>
    new ApiException(
      HttpStatus.BAD_REQUEST,
      'upload.file_required',
      {},
      {
        details: [{ field: 'file', code: 'field.required', problems: ['is required'] }],
      },
    ),
  notAFile: (wholeBody: boolean) =>
    new ApiException(
      HttpStatus.BAD_REQUEST,
      'upload.not_a_file',
      {},
      {
        details: [
          {
            field: 'body',
            code: 'field.type',
            params: { expected: 'multipart/form-data' },
            problems: [
              wholeBody
                ? 'send the file as multipart/form-data in the field file, or as the body with its media type'
                : 'send the file as multipart/form-data in the field file',
            ],
          },
        ],
      },
    ),
  unknownField: (name: string) =>
    new ApiException(
      HttpStatus.BAD_REQUEST,
      'upload.unknown_field',
      { field: name },
      {
        details: [{ field: name, code: 'field.not_allowed', problems: ['is not a field of this form'] }],
      },
    ),
  fieldTooLong: (name: string) =>
    new ApiException(
      HttpStatus.BAD_REQUEST,
      'upload.field_too_long',
      { field: name },
      {
        details: [
          {
            field: name,
            code: 'field.too_long',
            params: { max: MAX_FIELD_BYTES },
            problems: ['is too long'],
          },
        ],
      },
    ),
  malformed: (reason: string) => new ApiException(HttpStatus.BAD_REQUEST, 'upload.malformed', { reason }),
  unsupportedType: (fileName: string, describe: string, accept: readonly string[]) =>
    new ApiException(
      HttpStatus.BAD_REQUEST,
      'upload.unsupported_type',
      { fileName, accepted: describe },
      {
        details: [
          {
            field: 'file',
            code: 'field.not_in_list',
            params: { value: fileName, allowed: accept.join(', ') },
            problems: [`"${fileName}" is not ${describe}`],
          },
        ],
      },
    ),
};
