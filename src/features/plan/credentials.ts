/**
 * «У меня уже есть логин и пароль»: one flag per browser that meets the login-and-password
 * requirement without redoing the HTTPS guide (whose press of the password link would make the
 * password already entered invalid). Namespaced and versioned like the other keys; anything but the
 * exact stored value reads as «not said». To be folded into the storage registry.
 */
import { single } from '../../lib/storage/persist';
import { unwrap, wrap } from '../../lib/storage/stored';

export const HAS_CREDENTIALS_KEY = 'eis:v1:has-credentials';

/** `true` only for `{"v":1,"data":true}`; unreadable or anything else is `false`. */
export const decodeHasCredentials = (raw: string | null | undefined): boolean =>
  unwrap(raw) === true;

export const encodeHasCredentials = (value: boolean): string => wrap(value);

const flag = single<boolean>(
  HAS_CREDENTIALS_KEY,
  false,
  decodeHasCredentials,
  encodeHasCredentials,
);

export const $hasCredentials = flag.$value;

/** The reader's own click: set it («У меня уже есть…») or take it back («Отменить эту отметку»). */
export function setHasCredentials(value: boolean): void {
  if (value) flag.set(true);
  else flag.clear();
}
