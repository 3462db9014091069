import { z } from 'zod';

/** The query parameter a client sends its article schema's fingerprint in. */
export const SCHEMA_PARAMETER = 'schema';

/** Why the server refused a connection to a document (the reason Hocuspocus carries to the provider). */
export const refusalReasons = ['token-refused', 'schema-mismatch', 'unknown-document', 'too-large'] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/** What the app says for each refusal. */
export const refusalWords: Record<RefusalReason, string> = {
  'token-refused': 'The server refused this access token',
  'schema-mismatch': 'Update Newsdesk to sync with this server',
  'unknown-document': 'The server does not keep this kind of document',
  'too-large': 'A change was too large for the server; it is kept on this laptop',
};

/** The refusal a reason string names, or null for anything else. */
export function refusalOf(reason: string): RefusalReason | null {
  return refusalReasons.find((known) => reason === known || reason.startsWith(`${known}:`)) ?? null;
}

/** The roles a person may have on the desk: reporters and editors write, viewers read. */
export const deskRoles = ['reporter', 'editor', 'viewer'] as const;
export const DeskRole = z.enum(deskRoles);
export type DeskRole = z.infer<typeof DeskRole>;

/** Stateless messages from the server: who the token belongs to, and a change it refused. */
export const ServerNotice = z.discriminatedUnion('type', [
  z.object({ type: z.literal('welcome'), name: z.string().max(200), role: DeskRole }),
  z.object({ type: z.literal('refused'), reason: z.enum(refusalReasons) }),
]);
export type ServerNotice = z.infer<typeof ServerNotice>;

/** Whether a document name is one the desk keeps: the index, or a draft by its UUID. */
export function isDeskDocumentName(name: string): boolean {
  return name === 'desk' || /^draft\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(name);
}
