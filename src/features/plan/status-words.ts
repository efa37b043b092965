/**
 * The words of the login-and-password answer in a guide's status line, without the code that
 * stores it: the status line (status-view.ts) and the room the checklist reserves for it on the
 * server (Checklist.astro, StatusRoom.astro) use the same ones.
 */

/** The reader's answer that meets the login-and-password requirement without the HTTPS guide. */
export const HAS_CREDENTIALS_LABEL = 'У меня уже есть логин и пароль';

/** Shown instead of the advice once the reader has said so, with the way back. */
export const HAS_CREDENTIALS_NOTE = 'Логин и пароль уже есть — отмечено в этом браузере.';
export const HAS_CREDENTIALS_UNDO = 'Отменить эту отметку';
