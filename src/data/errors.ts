/**
 * The error dictionary (page reference/troubleshooting): every error message or symptom the five sources
 * mention, word for word, with the entry it belongs to; whom each entry sends the reader to; and
 * the yes/no questions at the top of the page that lead to the entries.
 *
 * Entry ids are the page's anchors (`/reference/troubleshooting/#err-…`): Latin, stable, never
 * changed when the wording changes (tests/build/error-dictionary.test.ts pins them). The entry's
 * title — the message in the reader's words — is its heading in the MDX page; the cause and the
 * fix are the MDX text under it. This module holds only what the page and the tests share.
 */
import type { SourceId } from './sources';

/** Whom an entry sends the reader to (rendered by ErrorContact from these kinds). */
export type Contact =
  /** ЕИС support: a request or the 24-hour phones (source 003). */
  | 'eis'
  /** ЕИС support with an «Ошибка» request ticked «Интеграция» and the two XML files (003). */
  | 'eis-integration'
  /** The System's administrators of the reader's region (source 000). */
  | 'admins'
  /** The support service of the external system, for the XML files of the exchange (003). */
  | 'wtks-support';

export interface ErrorEntry {
  /** The anchor on the page: `err-` and Latin words. Never change it. */
  id: `err-${string}`;
  contacts: readonly Contact[];
}

/**
 * What a quotation is in its source, said honestly on the page: most sources describe a step or a
 * rule, not the words ЕИС shows.
 * - `message`: the source names or describes an error message the reader sees;
 * - `instruction`: a step, rule or warning of the source;
 * - `heading`: a heading, title or question of the source (a FAQ question, a news title).
 */
export type QuoteKind = 'message' | 'instruction' | 'heading';

/** The label of each kind, shown with the quotation (tests/build/error-dictionary.test.ts). */
export const QUOTE_KIND_LABELS: Record<QuoteKind, string> = {
  message: 'сообщение',
  instruction: 'указание источника',
  heading: 'заголовок в источнике',
};

/**
 * One error message or symptom as a source words it. `text` is the message itself, exactly as
 * in the source (a part of `quote`); `quote` is the source's whole sentence around it, shown in
 * the entry. Both are verbatim, spelling included; asQuoted() marks the plain typos when shown.
 */
export interface ErrorMessage {
  entry: ErrorEntry['id'];
  source: SourceId;
  kind: QuoteKind;
  text: string;
  quote: string;
}

export const ERROR_ENTRIES = [
  { id: 'err-login-password-incorrect', contacts: ['admins', 'eis-integration', 'wtks-support'] },
  { id: 'err-password-reset-by-link', contacts: ['admins', 'eis'] },
  { id: 'err-password-reset-by-save', contacts: ['admins', 'eis'] },
  { id: 'err-credentials-window-closed', contacts: ['eis'] },
  { id: 'err-continue-not-pressed', contacts: ['eis'] },
  { id: 'err-user-not-registered', contacts: ['eis'] },
  { id: 'err-certificate-mismatch', contacts: ['eis'] },
  { id: 'err-registration-data-mismatch', contacts: ['admins', 'eis-integration'] },
  { id: 'err-eis-functions-unavailable', contacts: ['eis'] },
  { id: 'err-services-setting-no-effect', contacts: ['admins'] },
  { id: 'err-ris-list-missing', contacts: ['eis'] },
  { id: 'err-ris-not-found', contacts: ['admins'] },
  { id: 'err-ris-block-missing', contacts: ['admins'] },
  { id: 'err-extra-roles', contacts: ['admins', 'eis'] },
  { id: 'err-token-where', contacts: ['admins', 'eis'] },
  { id: 'err-token-expired', contacts: ['admins', 'eis'] },
  { id: 'err-edo-expired', contacts: ['eis'] },
  { id: 'err-edo-not-saved', contacts: ['admins', 'eis'] },
  { id: 'err-request-consultation-closed', contacts: ['eis'] },
  { id: 'err-request-closed-news', contacts: ['eis'] },
  { id: 'err-request-info-unanswered', contacts: ['eis'] },
  { id: 'err-request-resolved-closed', contacts: ['eis'] },
  { id: 'err-request-consultation-reopened', contacts: ['eis'] },
  { id: 'err-request-closed', contacts: ['eis'] },
  { id: 'err-plugin-not-installed', contacts: ['eis'] },
  { id: 'err-integration-request-files', contacts: ['eis-integration', 'wtks-support'] },
  { id: 'err-cannot-login-request', contacts: ['eis'] },
  { id: 'err-request-deadline', contacts: ['eis'] },
] as const satisfies readonly ErrorEntry[];

export type ErrorId = (typeof ERROR_ENTRIES)[number]['id'];

/** Every error message and symptom of the sources (step 1 of issue 13's error dictionary). */
export const ERROR_MESSAGES: readonly (ErrorMessage & { entry: ErrorId })[] = [
  {
    entry: 'err-login-password-incorrect',
    source: '002',
    kind: 'message',
    text: 'ошибка о некорректности логина и пароля',
    quote:
      'При копировании необходимо выделять только логин и пароль без пробелов, в противном случае при отправке информации в ЕИС будет ошибка о некорректности логина и пароля.',
  },
  {
    entry: 'err-password-reset-by-link',
    source: '001',
    kind: 'instruction',
    text: 'ранее введенный в ПК «Web-Торги КС» пароль (если был установлен) становится недействительным',
    quote:
      'При каждом нажатии на «Данные пользователя для альтернативной интеграции (по протоколу HTTPS)» ЕИС присваивает пользователю новый пароль, поэтому ранее введенный в ПК «Web-Торги КС» пароль (если был установлен) становится недействительным',
  },
  {
    entry: 'err-password-reset-by-link',
    source: '002',
    kind: 'instruction',
    text: 'При повторном нажатии на ссылку «Данные пользователя для альтернативной интеграции (по протоколу HTTPS)» пароль изменится.',
    quote:
      'При повторном нажатии на ссылку «Данные пользователя для альтернативной интеграции (по протоколу HTTPS)» пароль изменится.',
  },
  {
    entry: 'err-password-reset-by-save',
    source: '002',
    kind: 'instruction',
    text: 'При нажатии на кнопку «Сохранить» пароль снова изменится.',
    quote: 'При нажатии на кнопку «Сохранить» пароль снова изменится.',
  },
  {
    entry: 'err-credentials-window-closed',
    source: '004',
    kind: 'instruction',
    text: 'не успели записать данные или же закрыли окно',
    quote:
      'Если по какой то причине не успели записать данные или же закрыли окно, то повторите вызов окна информации о пользователе. При этом пароль будет сгенерирован уже новый',
  },
  {
    entry: 'err-continue-not-pressed',
    source: '002',
    kind: 'instruction',
    text: 'Для получения постоянного пароля нажмите кнопку «Продолжить»',
    quote:
      'Для получения постоянного пароля нажмите кнопку «Продолжить» (См. Рисунок 3), затем закройте по кнопке «Отменить» (См. Рисунок 2) окно «Регистрационные данные».',
  },
  {
    entry: 'err-user-not-registered',
    source: '001',
    kind: 'instruction',
    text: 'пользователь организации должен быть зарегистрирован в ЕИС',
    quote:
      'Для того, что бы направлять информацию из ПК «Web-Торги КС» в ЕИС (план закупок, план-график закупок и т.д.) пользователь организации должен быть зарегистрирован в ЕИС.',
  },
  {
    entry: 'err-certificate-mismatch',
    source: '003',
    kind: 'heading',
    text: 'Обнаружено несовпадение данных сертификата с данными зарег',
    quote:
      'Что делать, если при входе в ЕИС у руководителя возникает ошибка «Обнаружено несовпадение данных сертификата с данными зарег...',
  },
  {
    entry: 'err-registration-data-mismatch',
    source: '004',
    kind: 'message',
    text: 'ошибки о несоответствии регистрационных данных пользователя в ЕИС',
    quote:
      'После выполнения действий, описанных выше, повторите отправку документа в ЕИС еще раз. При этом ошибки о несоответствии регистрационных данных пользователя в ЕИС больше не возникнет.',
  },
  {
    entry: 'err-eis-functions-unavailable',
    source: '003',
    kind: 'heading',
    text: 'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    quote: 'Информация о недоступности отдельных функций ЕИС в сфере закупок',
  },
  {
    entry: 'err-services-setting-no-effect',
    source: '000',
    kind: 'instruction',
    text: 'настройка взаимодействия с сервисами ЕИС не обрабатывается Системой и никак не влияет за взаимодействие с ЕИС',
    quote:
      'На момент действия версии ЕИС 13.1 настройка взаимодействия с сервисами ЕИС не обрабатывается Системой и никак не влияет за взаимодействие с ЕИС. Настройка добавлена на перспективу развития сервисов ЕИС.',
  },
  {
    entry: 'err-ris-list-missing',
    source: '000',
    kind: 'instruction',
    text: 'появление в разделе «Администрирование» пункта «Перечень региональных информационных систем»',
    quote:
      'Успешным прохождением предыдущего этапа настройки будет появление в разделе «Администрирование» пункта «Перечень региональных информационных систем»',
  },
  {
    entry: 'err-ris-not-found',
    source: '000',
    kind: 'instruction',
    text: 'Для уточнения кода РИС Вашего субъекта можете обратиться к администраторам Системы Вашего субъекта.',
    quote:
      'Для уточнения кода РИС Вашего субъекта можете обратиться к администраторам Системы Вашего субъекта.',
  },
  {
    entry: 'err-ris-block-missing',
    source: '000',
    kind: 'instruction',
    text: 'Блок полей «Права доступа к РИС» отображается только в случае включения информации о регистрации Системы в качестве РИС в ЕИС.',
    quote:
      'Блок полей «Права доступа к РИС» отображается только в случае включения информации о регистрации Системы в качестве РИС в ЕИС.',
  },
  {
    entry: 'err-extra-roles',
    source: '000',
    kind: 'instruction',
    text: 'Организациям имеющим дополнительно роль «Уполномоченный орган» или «Уполномоченное учреждение»',
    quote:
      'Организациям имеющим дополнительно роль «Уполномоченный орган» или «Уполномоченное учреждение» необходимо проделать вышеописанные операции дополнительно для роли «Уполномоченный орган» и «Уполномоченное учреждение»',
  },
  {
    entry: 'err-token-where',
    source: '000',
    kind: 'heading',
    text: 'Где взять токен для сервиса отдачи ЕИС?',
    quote: 'Где взять токен для сервиса отдачи ЕИС?',
  },
  {
    entry: 'err-token-expired',
    source: '000',
    kind: 'instruction',
    text: 'исключения повторного получения идентификатора',
    quote:
      'По возможности необходимо указать наиболее длительный срок для исключения повторного получения идентификатора.',
  },
  {
    entry: 'err-edo-expired',
    source: '002',
    kind: 'instruction',
    text: 'заполните «Срок действия» значением даты, до которой будет действовать идентификатор',
    quote:
      'В открывшемся диалоговом окне заполните «Срок действия» значением даты, до которой будет действовать идентификатор, и скопируйте идентификатор.',
  },
  {
    entry: 'err-edo-not-saved',
    source: '002',
    kind: 'instruction',
    text: 'Скопированный идентификатор необходимо сохранить',
    quote:
      'Скопированный идентификатор необходимо сохранить, т.к. он будет в дальнейшем использоваться для операции импорта документов приемки из ЕИС.',
  },
  {
    entry: 'err-request-consultation-closed',
    source: '003',
    kind: 'instruction',
    text: 'такое обращение будет закрыто автоматически без возможности переоткрытия',
    quote:
      'Если в обращении с видом «Консультация» содержится информация об ошибке, то такое обращение будет закрыто автоматически без возможности переоткрытия.',
  },
  {
    entry: 'err-request-closed-news',
    source: '003',
    kind: 'instruction',
    text: 'Обращения по описанной в новостях или уведомлениях проблеме будут закрыты автоматически после ее устранения без возможности переоткрытия',
    quote:
      'Обращения по описанной в новостях или уведомлениях проблеме будут закрыты автоматически после ее устранения без возможности переоткрытия',
  },
  {
    entry: 'err-request-info-unanswered',
    source: '003',
    kind: 'instruction',
    text: 'обращение автоматически поменяет статус на «Закрыто» через 7 рабочих дней без возможности переоткрытия',
    quote:
      'Если пользователь не ответит на запрос, то обращение автоматически поменяет статус на «Закрыто» через 7 рабочих дней без возможности переоткрытия',
  },
  {
    entry: 'err-request-resolved-closed',
    source: '003',
    kind: 'instruction',
    text: 'Обращение автоматически поменяет статус на «Закрото» через 7 рабочих дней',
    quote:
      'Решено — предоставлено решение по обращению. Обращение автоматически поменяет статус на «Закрото» через 7 рабочих дней',
  },
  {
    entry: 'err-request-consultation-reopened',
    source: '003',
    kind: 'instruction',
    text: 'решено после 3 выраженных пользователем несогласий (переоткрытий)',
    quote:
      'обращение с типом «Консультация» решено после 3 выраженных пользователем несогласий (переоткрытий) с ранее предоставленными решениями',
  },
  {
    entry: 'err-request-closed',
    source: '003',
    kind: 'instruction',
    text: 'Работа с обращениями в статусе «Закрото» далее не осуществляется',
    quote: 'Работа с обращениями в статусе «Закрото» далее не осуществляется',
  },
  {
    entry: 'err-plugin-not-installed',
    source: '003',
    kind: 'instruction',
    text: 'Если плагин не установлен, пользователю будет предложено его установить',
    quote:
      'при создании обращения с типом «Ошибка» необходимо обязательно применять плагин фиксации действий пользователя и приложить запись к обращению. Если плагин не установлен, пользователю будет предложено его установить',
  },
  {
    entry: 'err-integration-request-files',
    source: '003',
    kind: 'instruction',
    text: 'В обращении по вопросам интеграции необходимо выбрать тип «Ошибка», указать галочку «Интеграция» и прикрепить документы обмена',
    quote:
      'В обращении по вопросам интеграции необходимо выбрать тип «Ошибка», указать галочку «Интеграция» и прикрепить документы обмена: 2 xml-файла (отправленный от внешней системы в ГИС ЕИС ЗАКУПКИ и ответный)',
  },
  {
    entry: 'err-cannot-login-request',
    source: '003',
    kind: 'instruction',
    text: 'Если не получается авторизоваться в личном кабинете',
    quote:
      'Если не получается авторизоваться в личном кабинете, в правом верхнем углу сайта нажмите «Техническая поддержка»',
  },
  {
    entry: 'err-request-deadline',
    source: '003',
    kind: 'instruction',
    text: 'Не требуется создавать повторные обращения с целью уточнения сроков решения обращений',
    quote:
      'Не требуется создавать повторные обращения с целью уточнения сроков решения обращений, находящихся в работе у сотрудников технической поддержки',
  },
];

/**
 * What the sources mention that is not an error of this site's subject, with the reason: the
 * dictionary leaves them out on purpose (a test keeps this list and the messages apart).
 */
export const NOT_ENTRIES: readonly { source: SourceId; text: string; why: string }[] = [
  {
    source: '003',
    text: 'Блокирующий контроль при формировании доп соглашения',
    why: 'тема чужого обращения в примере таблицы «Мои обращения», не сообщение ЕИС',
  },
  {
    source: '003',
    text: 'Не работает кнопка "Рассмотреть"',
    why: 'тема чужого обращения в примере таблицы «Мои обращения», не сообщение ЕИС',
  },
  {
    source: '003',
    text: 'Некорректно сформулирована ошибка. Расхождения в сумме нет.',
    why: 'тема чужого обращения в примере таблицы «Мои обращения», не сообщение ЕИС',
  },
  {
    source: '003',
    text: 'Аннулировать/отозвать ранее принятые документы.',
    why: 'тема чужого обращения в примере таблицы «Мои обращения», не сообщение ЕИС',
  },
];

/**
 * The sources' plain typos, corrected in square brackets where a quotation is shown (the site
 * never shows them as they are: tests/build/content.test.ts), the words otherwise kept.
 */
const QUOTE_FIXES: readonly [typo: string, shown: string][] = [
  ['Закрото', 'Закр[ы]то'],
  ['какой то', 'какой[-]то'],
  ['что бы', '[чтобы]'],
  ['влияет за взаимодействие', 'влияет [на] взаимодействие'],
];

/** A source's words as the page shows them: word for word, plain typos corrected in []. */
export function asQuoted(text: string): string {
  return QUOTE_FIXES.reduce((t, [typo, shown]) => t.split(typo).join(shown), text);
}

/** The messages of one entry, in the order above. */
export const messagesOf = (id: string): (ErrorMessage & { entry: ErrorId })[] =>
  ERROR_MESSAGES.filter((m) => m.entry === id);

export const entryOf = (id: string): ErrorEntry | undefined =>
  ERROR_ENTRIES.find((e) => e.id === id);

/**
 * The diagnostic: yes/no questions. «Да» — open the question (its sub-questions) or follow its
 * link to the entry; «нет» — go on to the next question. Rendered as nested lists of links.
 */
export interface DiagnosticQuestion {
  q: string;
  to?: ErrorId | 'if-nothing-helped';
  then?: readonly DiagnosticQuestion[];
}

export const DIAGNOSTIC: readonly DiagnosticQuestion[] = [
  {
    q: 'Документ не уходит в ЕИС?',
    then: [
      {
        q: 'Сообщение о несоответствии регистрационных данных пользователя в ЕИС?',
        to: 'err-registration-data-mismatch',
      },
      {
        q: 'ЕИС сообщает, что логин или пароль некорректны (или другое о логине и пароле)?',
        then: [
          {
            q: 'После ввода пароля в Web-Торги-КС кто-то снова нажимал ссылку «Данные пользователя для альтернативной интеграции (по протоколу HTTPS)»?',
            to: 'err-password-reset-by-link',
          },
          {
            q: 'В окне «Регистрационные данные» пользователя в ЕИС нажимали «Сохранить»?',
            to: 'err-password-reset-by-save',
          },
          {
            q: 'В окне с логином и паролем не нажали «Продолжить»?',
            to: 'err-continue-not-pressed',
          },
          {
            q: 'Закрыли окно с логином и паролем, не записав их?',
            to: 'err-credentials-window-closed',
          },
          {
            q: 'Ничего из этого или не знаете?',
            to: 'err-login-password-incorrect',
          },
        ],
      },
      {
        q: 'Пользователь, от имени которого отправляете, может быть не зарегистрирован в ЕИС?',
        to: 'err-user-not-registered',
      },
      {
        q: 'В новостях ЕИС — «Информация о недоступности отдельных функций ЕИС в сфере закупок»?',
        to: 'err-eis-functions-unavailable',
      },
      {
        q: 'Заполнили режим «Настройка взаимодействия с сервисами ЕИС», и ничего не изменилось?',
        to: 'err-services-setting-no-effect',
      },
      {
        q: 'Ничего не подошло?',
        to: 'err-integration-request-files',
      },
    ],
  },
  {
    q: 'Не получается войти в ЛК ЕИС?',
    then: [
      {
        q: 'У руководителя ошибка «Обнаружено несовпадение данных сертификата с данными зарег…»?',
        to: 'err-certificate-mismatch',
      },
      {
        q: 'Нужно создать обращение в поддержку ЕИС?',
        to: 'err-cannot-login-request',
      },
    ],
  },
  {
    q: 'Дело в токене или идентификаторе участника ЭДО?',
    then: [
      { q: 'Не знаете, где взять токен?', to: 'err-token-where' },
      { q: 'Истёк срок действия токена?', to: 'err-token-expired' },
      { q: 'Истёк срок действия идентификатора участника ЭДО?', to: 'err-edo-expired' },
      { q: 'Идентификатор участника ЭДО не сохранили?', to: 'err-edo-not-saved' },
    ],
  },
  {
    q: 'Дело в правах доступа к РИС?',
    then: [
      {
        q: 'В режиме «Настройка взаимодействия с сервисами ЕИС» нет блока «Права доступа к РИС»?',
        to: 'err-ris-block-missing',
      },
      {
        q: 'В разделе «Администрирование» не появился пункт «Перечень региональных информационных систем»?',
        to: 'err-ris-list-missing',
      },
      { q: 'Не находите РИС своего субъекта в перечне?', to: 'err-ris-not-found' },
      {
        q: 'У организации есть роль «Уполномоченный орган» или «Уполномоченное учреждение»?',
        to: 'err-extra-roles',
      },
    ],
  },
  {
    q: 'Дело в обращении в поддержку ЕИС?',
    then: [
      {
        q: 'Обращение в статусе «Закрыто»?',
        then: [
          {
            q: 'Это обращение вида «Консультация», а в нём описана ошибка?',
            to: 'err-request-consultation-closed',
          },
          {
            q: 'О проблеме уже сообщали в новостях или уведомлениях ЕИС?',
            to: 'err-request-closed-news',
          },
          {
            q: 'Не ответили на «Запрос информации» за 7 рабочих дней?',
            to: 'err-request-info-unanswered',
          },
          {
            q: 'Было «Решено», и 7 рабочих дней не подтверждали и не переоткрывали?',
            to: 'err-request-resolved-closed',
          },
          {
            q: 'Обращение вида «Консультация» переоткрывали три раза?',
            to: 'err-request-consultation-reopened',
          },
          { q: 'Не знаете почему?', to: 'err-request-closed' },
        ],
      },
      {
        q: 'ЕИС предлагает установить плагин?',
        to: 'err-plugin-not-installed',
      },
      {
        q: 'Обращение о проблеме интеграции: что приложить?',
        to: 'err-integration-request-files',
      },
      {
        q: 'Хотите узнать срок решения?',
        to: 'err-request-deadline',
      },
    ],
  },
  { q: 'Ничего не подошло?', to: 'if-nothing-helped' },
];
