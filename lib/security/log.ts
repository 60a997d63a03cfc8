/**
 * What an unexpected error may write to the log: the database's own message (e.g. a constraint
 * name), never the failed query with its parameters, which can carry personal data.
 */
export function safeErrorMessage(e: unknown): string {
  const err = e as { cause?: { message?: string }; message?: string; name?: string };
  const msg = err?.cause?.message ?? (err?.message?.startsWith('Failed query') ? 'database query failed' : err?.message) ?? err?.name ?? String(e);
  return msg.slice(0, 300);
}

// Claims and fields that carry a person's data; their values never reach the log.
const PERSONAL_KEYS = 'id_card|idCard|id_number|name|given_name|family_name|nickname|phone|phone_number|mobile|birthdate|birth_date|email|address';
const KEYED_VALUE = new RegExp(`(["']?\\b(?:${PERSONAL_KEYS})\\b["']?\\s*[:=]\\s*)(?:"[^"]*"|'[^']*'|[^\\s,}]+)`, 'g');
// Anything shaped like a 身份证号 or a mobile number, wherever it appears.
const ID_OR_MOBILE = /(?<![\dA-Za-z])(?:\d{17}[\dXx]|\d{15}|1[3-9]\d{9})(?![\dA-Za-z])/g;

/** Text with personal values replaced by ***: keyed values (`"id_card": "…"`) and bare ID or mobile numbers. */
export function redactPersonalData(text: string): string {
  return text.replace(KEYED_VALUE, '$1***').replace(ID_OR_MOBILE, '***');
}

const describe = (e: unknown): string => {
  if (e instanceof Error) return `${(e as { type?: string }).type ?? e.name}: ${e.message}`;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
};

/**
 * next-auth's `logger`. Its default prints a failed ID-token check with every claim (身份证号
 * included); this one prints the error, its cause and details with personal values redacted.
 */
export const authLogger = {
  error(error: Error) {
    console.error(`[auth][error] ${redactPersonalData(describe(error))}`);
    const cause = (error as { cause?: unknown }).cause;
    if (cause && typeof cause === 'object') {
      const { err, ...details } = cause as { err?: unknown };
      if (err) console.error(`[auth][cause] ${redactPersonalData(describe(err))}`);
      if (Object.keys(details).length > 0) console.error(`[auth][details] ${redactPersonalData(describe(details))}`);
    }
  },
  warn(code: string) {
    console.warn(`[auth][warn][${code}]`);
  },
  // No debug: given one, next-auth would call it on every request (tokens, cookies, secrets),
  // even without `debug: true`; left out, next-auth keeps debug output off.
};
