import { LineCounter, parseDocument, isNode, type Node } from 'yaml';
import type { DataProblem } from './data-error.ts';

/** A parsed YAML file that can say on which line any value sits. */
export interface YamlFile {
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML text, keeping positions so problems can name a line.
 * Syntax errors come back as problems rather than exceptions.
 * @example parseYaml('content/catalogue.yaml', text)
 */
export function parseYaml(file: string, source: string): { yaml?: YamlFile; problems: DataProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // After the first syntax error the parser's further errors are mostly echoes of it.
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.slice(0, 1).map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line,
        found: `a YAML syntax error (${e.code})`,
        expected: `well-formed YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && (node as Node).range) return counter.linePos((node as Node).range![0]).line;
    }
    return undefined;
  };
  return { yaml: { file, data: doc.toJS(), lineOf }, problems: [] };
}
