/**
 * «У меня уже есть логин и пароль»: one flag per browser that meets the login-and-password
 * requirement without redoing the HTTPS guide (whose press of the password link would make the
 * password already entered invalid). Namespaced and versioned like the other keys; anything but the
 * exact stored value reads as «not said». Declared in the storage registry (defineRecord).
 */
import { single } from '../../lib/storage/persist';
import { HAS_CREDENTIALS_KEY as KEY } from '../../lib/storage/keys';
import { defineRecord } from '../../lib/storage/record';
import { VERSION } from '../../lib/storage/stored';

export const HAS_CREDENTIALS_KEY = KEY;

/** `true` only for `{"v":1,"data":true}`; unreadable or anything else reads as not said. */
export const HAS_CREDENTIALS = defineRecord<boolean>({
  key: KEY,
  version: VERSION,
  decode: (data) => (data === true ? { value: true } : undefined),
  encode: (value) => value,
  maxLength: 64,
});

export const decodeHasCredentials = (raw: string | null | undefined): boolean =>
  HAS_CREDENTIALS.read(raw)?.value === true;

export const encodeHasCredentials = (value: boolean): string => HAS_CREDENTIALS.write(value);

const flag = single(HAS_CREDENTIALS, false);

export const $hasCredentials = flag.$value;

/** The reader's own click: set it («У меня уже есть…») or take it back («Отменить эту отметку»). */
export function setHasCredentials(value: boolean): void {
  if (value) flag.set(true);
  else flag.clear();
}
