import { SaxesParser } from 'saxes';
import { AppError, type ByteSource } from '../core/index.ts';

/** One XML element with its attributes, text and child elements; namespaces are dropped. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** Facts about the document as a whole, gathered while streaming. */
export interface XmlDocumentInfo {
  rootName: string;
  rootAttrs: Record<string, string>;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * Streams an XML document and calls `onRecord` with the whole subtree of every element whose
 * local name is in `recordNames`. Only one record is held in memory at a time, so files far
 * larger than memory can be read. A malformed or truncated document is an AppError.
 */
export async function readXmlRecords(
  input: ByteSource,
  recordNames: ReadonlySet<string>,
  onRecord: (record: XmlNode, line: number) => void,
): Promise<XmlDocumentInfo> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlNode[] = [];
  let info: XmlDocumentInfo | undefined;
  let recordDepth = -1;
  let recordLine = 0;
  let failure: Error | undefined;

  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) {
      attrs[localName(key)] = value;
    }
    const node: XmlNode = { name: localName(tag.name), attrs, text: '', children: [] };
    if (info === undefined) info = { rootName: node.name, rootAttrs: attrs };
    if (recordDepth === -1 && recordNames.has(node.name)) {
      recordDepth = stack.length;
      recordLine = parser.line;
    }
    if (recordDepth !== -1 && stack.length > recordDepth) stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top !== undefined && recordDepth !== -1) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack.at(-1);
    if (top !== undefined && recordDepth !== -1) top.text += text;
  });
  parser.on('closetag', () => {
    const node = stack.pop();
    if (node === undefined) return;
    node.text = node.text.trim();
    if (stack.length === recordDepth) {
      recordDepth = -1;
      onRecord(node, recordLine);
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of input) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (failure !== undefined) break;
    }
    if (failure === undefined) parser.close();
  } catch (error) {
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure !== undefined) {
    if (failure instanceof AppError) throw failure;
    throw new AppError(
      'INGEST_PARSE_FAILED',
      `The XML is malformed or truncated: ${failure.message}`,
      {
        details: { line: parser.line, column: parser.column },
        cause: failure,
      },
    );
  }
  if (info === undefined) throw new AppError('INGEST_EMPTY', 'The XML document has no elements.');
  return info;
}

/** The trimmed text of the first child called `name`, or undefined when absent or blank. */
export function childText(node: XmlNode, name: string): string | undefined {
  const child = node.children.find((c) => c.name === name);
  return child === undefined || child.text === '' ? undefined : child.text;
}

/** Every child called `name`. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The non-blank texts of the `VALUE` children of every child called `name` (UN layout). */
export function childValues(node: XmlNode, name: string): string[] {
  return childrenNamed(node, name)
    .flatMap((c) => c.children.filter((v) => v.name === 'VALUE').map((v) => v.text))
    .filter((text) => text !== '');
}
