/**
 * True when `name` is an IANA time zone this runtime knows (`Europe/London`, `UTC`).
 *
 * @example
 * isTimeZone('Asia/Shanghai') //=> true
 * isTimeZone('Mars/Olympus') //=> false
 */
export function isTimeZone(name: string): boolean {
  if (!name || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$|^UTC$|^Etc\/GMT[+-]\d{1,2}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
