/** The reminder kinds' table as the build makes it from the token and ЭДО guides (a fixture). */
import { kindTable } from '../../src/features/reminders/expiry';

export const KINDS = kindTable({
  token: { title: 'Токен для сервисов отдачи', href: '/services/token/' },
  edo: { title: 'Идентификатор участника ЭДО', href: '/activation/edo-identifier/' },
});
