/** Dates as articles and fixtures give them ("2020-01-15" or a full date-time), as RFC 3339 at UTC. */

/** A date alone means midnight UTC; anything else is parsed as a date-time (Invalid Date if it is not one). */
export function parseDateTime(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

/** RFC 3339 text of a valid date or date-time (throws RangeError on an invalid one). */
export const toDateTime = (value: string) => parseDateTime(value).toISOString();
