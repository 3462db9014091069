import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { articleExtensions } from './articleExtensions';

let cachedSchema: Schema | null = null;

/** The article schema as ProseMirror builds it (the editor's extension list), built once. */
export function articleSchema(): Schema {
  cachedSchema ??= getSchema(articleExtensions({ output: 'editor' }));
  return cachedSchema;
}

function describeTypes(kind: string, types: Record<string, { spec: { attrs?: Record<string, unknown> | null } }>): string[] {
  return Object.entries(types).map(([name, type]) => `${kind}:${name}(${Object.keys(type.spec.attrs ?? {}).sort().join(',')})`);
}

/** A 53-bit string hash (cyrb53): stable across processes, no crypto module needed here. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The sorted list of node and mark types with their attribute names that the fingerprint hashes. */
export function schemaDescription(schema: Schema): string {
  return [...describeTypes('node', schema.nodes), ...describeTypes('mark', schema.marks)].sort().join(';');
}

/**
 * A short fingerprint of a schema's node and mark names and attributes. Two builds of Newsdesk sync only when
 * their fingerprints match: a client that does not know a node would delete it from everyone's copy.
 */
export function schemaFingerprint(schema: Schema = articleSchema()): string {
  return hash53(schemaDescription(schema));
}
