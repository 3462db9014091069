import { AppError } from '../../shared/contract/result';
import { isRecord } from '../../shared/model/isRecord';
import { articleSchemaProblem } from './articleSchemaCheck';

/** The largest body the store accepts, as JSON. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Deepest nesting of nodes (lists in lists in quotes...) the store accepts. */
export const MAX_BODY_DEPTH = 100;

const nodeKeys = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const typeName = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function invalid(reason: string): AppError {
  return new AppError('invalid_input', `The article body is not valid: ${reason}.`);
}

function checkMarks(marks: unknown): void {
  if (!Array.isArray(marks)) throw invalid('marks must be a list');
  for (const mark of marks) {
    if (!isRecord(mark) || typeof mark.type !== 'string' || !typeName.test(mark.type)) throw invalid('a mark has no valid type');
    if (mark.attrs !== undefined && !isRecord(mark.attrs)) throw invalid('mark attributes must be an object');
  }
}

function checkNode(node: unknown): unknown[] {
  if (!isRecord(node)) throw invalid('a node is not an object');
  for (const key of Object.keys(node)) {
    if (!nodeKeys.has(key)) throw invalid(`a node has an unknown property "${key.slice(0, 40)}"`);
  }
  if (typeof node.type !== 'string' || !typeName.test(node.type)) throw invalid('a node has no valid type');
  if (node.attrs !== undefined && !isRecord(node.attrs)) throw invalid('node attributes must be an object');
  if (node.marks !== undefined) checkMarks(node.marks);
  if (node.text !== undefined && (typeof node.text !== 'string' || node.type !== 'text')) throw invalid('only text nodes hold text');
  if (node.type === 'text' && typeof node.text !== 'string') throw invalid('a text node has no text');
  if (node.content === undefined) return [];
  if (!Array.isArray(node.content)) throw invalid('node content must be a list');
  return node.content;
}

function byteLength(body: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(body) ?? '', 'utf8');
  } catch {
    throw invalid('it cannot be stored as JSON');
  }
}

/**
 * Checks that a body is a document of the article's ProseMirror schema: first its shape (nodes with a
 * type, optional attrs, marks, content and text, nothing else; not too deep; not over 5 MB), then the
 * schema itself (each node where its parent may hold it, known marks and attributes).
 * Throws AppError('invalid_input') naming the first problem.
 */
export function assertValidBody(body: unknown): void {
  if (!isRecord(body) || body.type !== 'doc') throw invalid('it must be a document (type "doc")');
  if (byteLength(body) > MAX_BODY_BYTES) throw invalid('it is larger than 5 MB');
  const pending: { node: unknown; depth: number }[] = [{ node: body, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.depth > MAX_BODY_DEPTH) throw invalid('it is nested too deeply');
    for (const child of checkNode(next.node)) pending.push({ node: child, depth: next.depth + 1 });
  }
  const problem = articleSchemaProblem(body);
  if (problem !== null) throw invalid(problem);
}
