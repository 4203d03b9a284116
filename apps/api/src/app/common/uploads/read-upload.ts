import '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import { HttpException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { cleanFileName, quotedFileName } from './file-name';
import { detectFileType, type FileKind } from './file-type';
import { uploadRefusal } from './upload-errors';
import { MAX_FIELD_BYTES, type UploadPolicy } from './upload-policy';

/** A file as the route receives it: whole, within its limits, of an accepted type, under a clean name. */
export interface UploadedFile {
  /** The uploaded name without hidden or unsafe characters, ending with the extension of `mediaType`. */
  fileName: string;
  kind: FileKind;
  /** Decided from the bytes, never from what the browser claimed. */
  mediaType: string;
  content: Buffer;
}

export interface Upload {
  files: UploadedFile[];
  /** The form's text fields, each one of the policy's `fields`. */
  fields: Record<string, string>;
}

interface ReceivedFile {
  name: string;
  content: Buffer;
}

/**
 * Reads the files and text fields of a request under `policy`: multipart/form-data with files in the field
 * `file`, or, where the policy allows it, the whole body (`body`, as the content-type parser left it).
 * Every file is read to its end before anything is returned, so a file over the limit is refused with 413
 * and the route never sees, let alone stores, a cut-down copy.
 */
export async function readUpload(
  request: FastifyRequest,
  policy: UploadPolicy,
  body?: unknown,
): Promise<Upload> {
  let received: { files: ReceivedFile[]; fields: Record<string, string> };
  if (request.isMultipart()) received = await readMultipart(request, policy);
  else if (policy.wholeBody && Buffer.isBuffer(body))
    received = { files: [{ name: '', content: body }], fields: {} };
  else throw uploadRefusal.notAFile(policy.wholeBody ?? false);
  for (const file of received.files) {
    if (file.content.length > policy.maxBytes) throw uploadRefusal.tooLarge(policy.maxBytes);
  }
  return { files: received.files.map((file) => checkType(file, policy)), fields: received.fields };
}

/** The one file of an upload, with the form's text fields; no file is 400 `upload.file_required`. */
export async function readOneFile(
  request: FastifyRequest,
  policy: UploadPolicy,
  body?: unknown,
): Promise<UploadedFile & { fields: Record<string, string> }> {
  const { files, fields } = await readUpload(request, { ...policy, maxFiles: 1 }, body);
  const [file] = files;
  if (!file) throw uploadRefusal.fileRequired();
  return { ...file, fields };
}

function checkType(file: ReceivedFile, policy: UploadPolicy): UploadedFile {
  const type = detectFileType(file.content, file.name, policy.accept);
  if (!type) throw uploadRefusal.unsupportedType(quotedFileName(file.name), policy.describe, policy.accept);
  return {
    fileName: cleanFileName(file.name, type.extension),
    kind: type.kind,
    mediaType: type.mediaType,
    content: file.content,
  };
}

async function readMultipart(
  request: FastifyRequest,
  policy: UploadPolicy,
): Promise<{ files: ReceivedFile[]; fields: Record<string, string> }> {
  const allowedFields = new Set(policy.fields ?? []);
  const files: ReceivedFile[] = [];
  const fields: Record<string, string> = {};
  // One file and one field more than allowed reach this loop, so that they are refused by name rather
  // than dropped by the parser; the size limit cuts a file short, which is checked below.
  const options = {
    limits: {
      fileSize: policy.maxBytes,
      files: policy.maxFiles + 1,
      fields: allowedFields.size + 1,
      fieldSize: MAX_FIELD_BYTES,
    },
    throwFileSizeLimit: false,
    // Browsers send file names as UTF-8; the parser's default, Latin-1, would garble Cyrillic and Persian.
    defParamCharset: 'utf8',
  };
  try {
    for await (const part of request.parts(options)) {
      if (part.type === 'field') {
        if (!allowedFields.has(part.fieldname)) throw uploadRefusal.unknownField(part.fieldname);
        if (part.valueTruncated) throw uploadRefusal.fieldTooLong(part.fieldname);
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw uploadRefusal.unknownField(part.fieldname);
      }
      if (files.length === policy.maxFiles) {
        part.file.resume();
        throw uploadRefusal.tooManyFiles(policy.maxFiles);
      }
      files.push({ name: part.filename, content: await readWholeFile(part, policy.maxBytes) });
    }
  } catch (error) {
    throw asUploadRefusal(error, policy);
  }
  return { files, fields };
}

/** All of a file's bytes; a file the parser cut short at the size limit is refused. */
async function readWholeFile(part: MultipartFile, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk as Buffer);
  // busboy stops passing bytes at the limit and marks the stream truncated; the last chunk may end exactly
  // at the limit, so only this flag, read once the stream has ended, tells a whole file from a cut one.
  if (part.file.truncated) throw uploadRefusal.tooLarge(maxBytes);
  return Buffer.concat(chunks);
}

/** Our own refusals pass through; the parser's errors about the body become 4xx with upload codes. */
function asUploadRefusal(error: unknown, policy: UploadPolicy): unknown {
  if (error instanceof HttpException) return error;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return uploadRefusal.tooLarge(policy.maxBytes);
  if (code === 'FST_FILES_LIMIT') return uploadRefusal.tooManyFiles(policy.maxFiles);
  return uploadRefusal.malformed(typeof message === 'string' ? message : 'unreadable');
}
