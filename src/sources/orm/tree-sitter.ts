// Ruby and Python syntax trees from tree-sitter's grammars (web-tree-sitter runs the parser, the
// grammar packages ship each language compiled to WebAssembly). The runtime and each grammar load
// once per process, on the first file of that language: about 30 ms, then a file parses in
// microseconds. The .wasm files are resolved from node_modules, never beside the bundle
// (scripts/bundle.mjs keeps web-tree-sitter external for the same reason).
import { createRequire } from 'node:module';
import type { Language, Node, Parser, Tree } from 'web-tree-sitter';
import { SourceError } from '../../model/index.js';

export type { Node as SyntaxNode } from 'web-tree-sitter';

export type Grammar = 'ruby' | 'python';

const require = createRequire(import.meta.url);

const GRAMMAR_FILES: Record<Grammar, string> = {
  ruby: 'tree-sitter-ruby/tree-sitter-ruby.wasm',
  python: 'tree-sitter-python/tree-sitter-python.wasm',
};

let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
const parsers = new Map<Grammar, Promise<Parser>>();

function loadRuntime(): Promise<typeof import('web-tree-sitter')> {
  runtime ??= (async () => {
    const treeSitter = await import('web-tree-sitter');
    const wasm = require.resolve('web-tree-sitter/web-tree-sitter.wasm');
    await treeSitter.Parser.init({ locateFile: () => wasm });
    return treeSitter;
  })();
  return runtime;
}

/** The parser of one language, created on first use and reused for every file after it. */
export function parserFor(grammar: Grammar): Promise<Parser> {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = (async () => {
      const treeSitter = await loadRuntime();
      const language: Language = await treeSitter.Language.load(require.resolve(GRAMMAR_FILES[grammar]));
      const created = new treeSitter.Parser();
      created.setLanguage(language);
      return created;
    })();
    // A failed load (a missing .wasm) is retried by the next file rather than cached.
    void parser.catch(() => parsers.delete(grammar));
    parsers.set(grammar, parser);
  }
  return parser;
}

/**
 * Parses `text` and hands the tree's root to `read`; the tree lives in the WebAssembly heap and is
 * freed when `read` returns, so nothing read may keep a node.
 */
export async function withSyntaxTree<T>(grammar: Grammar, text: string, location: string, read: (root: Node) => T): Promise<T> {
  let parser: Parser;
  try {
    parser = await parserFor(grammar);
  } catch (error) {
    throw new SourceError(`cannot load the ${grammar} grammar (${error instanceof Error ? error.message : String(error)}); reinstall datamin`, location);
  }
  let tree: Tree | null;
  try {
    tree = parser.parse(text);
  } catch (error) {
    // The WebAssembly heap is bounded (at most 2 GiB): a file that does not fit is this file's error, not the scan's.
    throw new SourceError(`the ${grammar} parser failed (${error instanceof Error ? error.message : String(error)})`, location);
  }
  if (!tree) throw new SourceError(`the ${grammar} parser gave no syntax tree`, location);
  try {
    return read(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** 1-based line and column of a node's start. */
export function positionOf(node: Node): { line: number; column: number } {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}
