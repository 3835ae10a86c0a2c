// What can be told about a text that was meant to be JSON and is not: a file cut off in
// transit, a web page served where the data should be, or nothing at all. Asked only after JSON.parse failed.
import type { Fault } from './model.js';

/**
 * Whether JSON text stops inside a string or with brackets still open, as a file cut off in
 * transit or by an upload limit does. Only asked after JSON.parse has failed.
 */
export function isCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/** A web page where JSON was expected: an error page, a login wall, a wrong address. */
export const HTML_FAULT: Fault = {
  path: '',
  code: 'html-not-json',
  message: "this is a web page (HTML), not JSON; check that the address points to the timeline's JSON file",
};

/** Text with nothing in it: an empty file or response, which JSON.parse words as a syntax error. */
export const EMPTY_FAULT: Fault = {
  path: '',
  code: 'not-json',
  message: 'the text is empty',
};
