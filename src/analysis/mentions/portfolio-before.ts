// An office whose portfolio is written out after it: "Minister for Information and Broadcasting",
// "Secretary of Health and Social Care".
export const OFFICE = String.raw`(?:Minister|Secretary|Ministry|Commissioner|Director)`;

/**
 * The portfolio up to its "and" and any words after it but the last, right before a name started
 * one word early ("… and Broadcasting Fawad Chaudhry", "… and Information Technology Rekha
 * Sharma"): that word ends the portfolio.
 */
export const PORTFOLIO_BEFORE = new RegExp(
  String.raw`\b${OFFICE}\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:and|&)\s+(?:\p{Lu}[\p{L}-]*\s+)?$`,
  'u',
);
