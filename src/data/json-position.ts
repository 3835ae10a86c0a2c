/**
 * Where JSON text stops being JSON, as a line and column the author can go to. Engines word
 * `JSON.parse` errors differently (V8 says "at position 12" for some errors and quotes the text
 * for others, other engines say neither), so the place is found by a scan of our own, run only
 * after `JSON.parse` has failed. The scan keeps its own stack, so hostile nesting cannot
 * overflow it. It lives with the converters (`parseInput`), not in the element's own file.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;

/** The end of the string starting at `start` (a `"`), or the negative of where it goes wrong, minus one. */
function scanString(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code < 0x20) return -index - 1;
    if (code === 0x5c) {
      const escape = ESCAPE.exec(text.slice(index + 1, index + 6));
      if (!escape) return -(index + 1) - 1;
      index += escape[0].length;
    }
  }
  return -text.length - 1;
}

/** The offset of the first character that makes `text` not JSON, or -1 when it is JSON. */
export function findJsonSyntaxError(text: string): number {
  const stack: string[] = [];
  let index = 0;
  const skipSpace = (): void => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index++;
  };
  /** Reads `"key":` at `index`; returns false (with `index` at the fault) when it is not there. */
  const readKey = (): boolean => {
    skipSpace();
    if (text[index] !== '"') return false;
    const end = scanString(text, index);
    if (end < 0) {
      index = -end - 1;
      return false;
    }
    index = end;
    skipSpace();
    if (text[index] !== ':') return false;
    index++;
    return true;
  };
  for (;;) {
    // A value is expected here.
    skipSpace();
    const char = text[index];
    if (char === '{' || char === '[') {
      index++;
      skipSpace();
      if (text[index] === (char === '{' ? '}' : ']')) {
        index++;
      } else {
        stack.push(char);
        if (char === '{' && !readKey()) return index;
        continue;
      }
    } else if (char === '"') {
      const end = scanString(text, index);
      if (end < 0) return -end - 1;
      index = end;
    } else if (text.startsWith('true', index) || text.startsWith('null', index)) {
      index += 4;
    } else if (text.startsWith('false', index)) {
      index += 5;
    } else {
      NUMBER.lastIndex = index;
      if (!NUMBER.test(text)) return index;
      index = NUMBER.lastIndex;
    }
    // After a value: a comma, the end of a container, or the end of the text.
    for (;;) {
      skipSpace();
      const open = stack[stack.length - 1];
      if (open === undefined) return index < text.length ? index : -1;
      if (text[index] === ',') {
        index++;
        if (open === '{' && !readKey()) return index;
        break;
      }
      if (text[index] !== (open === '{' ? '}' : ']')) return index;
      stack.pop();
      index++;
    }
  }
}

/** Line and column (both from 1) of an offset in text; a column counts characters, not UTF-16 units. */
export function locateOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: Array.from(lines[lines.length - 1]!).length + 1 };
}

/**
 * Puts the place of a JSON syntax error into `parseTimeline`'s message: `JSON syntax error:
 * Expected double-quoted property name in JSON at position 12` becomes `JSON syntax error:
 * line 3, column 1: Expected double-quoted property name in JSON`, without the engine's own
 * (differing) position.
 */
export function placeJsonSyntaxError(text: string, message: string): string {
  if (!message.startsWith('JSON syntax error: ')) return message;
  const offset = findJsonSyntaxError(text);
  if (offset < 0) return message;
  const { line, column } = locateOffset(text, offset);
  const reason = message
    .replace(/^JSON syntax error: /, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s+at position \d+/, '');
  return `JSON syntax error: line ${line}, column ${column}: ${reason}`;
}
