export interface FormFile {
  name: string;
  content: Buffer;
  type?: string;
  /** The form field; `file` unless given. */
  field?: string;
}

/** A multipart/form-data body with text fields and one file, for Fastify's inject. */
export function multipartBody(fields: Record<string, string>, file: FormFile) {
  return multipartForm(fields, [file]);
}

/** A multipart/form-data body with text fields and any number of files, names sent as UTF-8 as browsers do. */
export function multipartForm(fields: Record<string, string>, files: FormFile[]) {
  const boundary = `----prgauge${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
