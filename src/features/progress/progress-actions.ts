/**
 * What <eis-progress> does when the reader acts: download, read a file into the preview, merge or
 * replace, undo, reset. Loaded with progress-io.ts on the first such action (progress.client.ts
 * imports it lazily), so a page view that only shows progress carries none of this.
 */
import {
  exportProgress,
  linesInto,
  readProgressFile,
  restoreProgress,
  resetAll,
} from './progress-io';
import { activeOrg } from '../../lib/storage/org-scope';
import type { Progress } from './progress-file';
import type { Change } from './progress-store';
import type { KindTable } from '../reminders/expiry';
import { decideReview, renderReview } from './import-review';
import { chosenImport, chosenOrg, renderTarget, type PendingOrgs } from './org-target';
import { announceOrgs } from './org-import';
import { hasOrgs } from '../orgs/load';
import { $storageIssue } from '../../lib/storage/persist';

/** The island's state and its message lines (progress.client.ts). */
export interface ProgressHost {
  readonly el: HTMLElement;
  /** What a loaded file holds, while its preview is shown. */
  pending: Progress | undefined;
  /** The keys the last import or reset changed, for «Отменить» (this page view only). */
  undo: Change[] | undefined;
  /** Counts file choices: a newer choice makes the older one's reading moot. */
  reading: number;
  readonly known: Record<string, string[]>;
  readonly kinds: KindTable | undefined;
  /** The title of «С чего начать»'s page (the blob's `startTitle`, from the site model). */
  readonly startTitle: string;
  /** The lock file's tick renames (the blob's `renamed`), so older files keep their ticks. */
  readonly renamed: Readonly<Record<string, string>> | undefined;
  say(message: string): void;
  error(message: string): void;
  /** A file may have added the first organisation: the list and the switcher must show it. */
  orgsChanged(): void;
}

/** The preview's organisations, while it is shown. */
const pendingOrgs = new WeakMap<ProgressHost, PendingOrgs>();

export async function reset(host: ProgressHost): Promise<void> {
  remember(host, resetAll());
  // Several organisations: only this tab's was reset, and the message says whose.
  const named = hasOrgs()
    ? await import('../orgs/org-store').then(({ $activeOrg, orgName }) => orgName($activeOrg.get()))
    : undefined;
  host.say(
    named
      ? `Все отметки организации «${named}» сняты, её план забыт.`
      : 'Все отметки сняты, план забыт.',
  );
}

export function download(host: ProgressHost): void {
  exportProgress();
  host.say('Файл с прогрессом скачан.');
}

export async function read(host: ProgressHost, file: File): Promise<void> {
  const turn = (host.reading += 1);
  host.error('');
  closePreview(host);
  const result = await readProgressFile(
    file,
    host.known,
    host.kinds!,
    host.renamed,
    host.startTitle,
  );
  // One file at a time: the reader chose another file meanwhile; that one's preview counts.
  if (turn !== host.reading) return;
  if (!result.ok) return host.error(result.error);
  host.pending = result.progress;
  const preview = host.el.querySelector<HTMLElement>('.eis-progress__preview');
  if (!preview) return;
  preview.querySelector('.eis-progress__preview-text')!.textContent = result.description;
  const list = preview.querySelector('.eis-progress__preview-list')!;
  const show = (lines: readonly string[]) =>
    list.replaceChildren(
      ...lines.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
  show(result.reminderLines);
  renderReview(preview.querySelector<HTMLElement>('.eis-progress__review')!, result.review);
  // Which organisation the file goes to: a new one, or one of the reader's (org-target.ts).
  const target = renderTarget(preview, result.orgs, file.name, host.startTitle);
  pendingOrgs.set(host, target);
  // The lines name what a merge changes in the organisation chosen, as it is chosen.
  if (target.kind === 'one') {
    const doubtful = new Set(result.review.doubtful.map((d) => d.id));
    const progress = result.progress;
    preview.querySelector('.eis-progress__target')?.addEventListener('change', () => {
      if (host.pending !== progress) return;
      show(linesInto(progress, host.kinds!, doubtful, chosenOrg(preview), activeOrg()));
    });
  }
  preview.hidden = false;
  preview.querySelector<HTMLButtonElement>('[data-action="merge"]')?.focus();
}

export function apply(host: ProgressHost, incoming: Progress, how: 'merge' | 'replace'): void {
  // The preview may have changed while the chunk loaded: apply only what is shown now.
  if (host.pending !== incoming) return;
  // A write that fails from here on (storage full) undoes the whole import.
  const issueBefore = $storageIssue.get();
  // Doubtful labels come only where the reader ticked them in the preview.
  const review = host.el.querySelector<HTMLElement>('.eis-progress__review');
  const result = chosenImport(
    host.el,
    pendingOrgs.get(host),
    incoming,
    (progress) => decideReview(progress, review),
    how,
  );
  closePreview(host);
  if (!result.ok) return host.error(result.error);
  if (!issueBefore && $storageIssue.get()) {
    // The browser ran out of room partway: the file is not kept half, the reader's data is back.
    restoreProgress(result.changes);
    announceOrgs();
    return host.error(NO_ROOM);
  }
  remember(host, result.changes);
  host.say(result.message);
  host.orgsChanged();
}

/** An import the browser had no room for. */
export const NO_ROOM =
  'Файл не загружен: браузеру не хватило места, чтобы сохранить его. Ваш прогресс остался прежним. Освободите место (например, удалите организации, которые больше не нужны) и загрузите файл снова.';

function remember(host: ProgressHost, changes: Change[]): void {
  host.undo = changes;
  const undo = host.el.querySelector<HTMLButtonElement>('button[data-action="undo"]');
  if (undo) undo.hidden = false;
}

export function restore(host: ProgressHost, undo: Change[]): void {
  const message = restoreProgress(undo);
  // An import may have written other organisations' keys: their matrix row reads them again.
  announceOrgs();
  const button = host.el.querySelector<HTMLButtonElement>('button[data-action="undo"]');
  if (button) button.hidden = true;
  host.say(message);
  host.el.querySelector<HTMLElement>('input[data-action="import"]')?.focus();
}

export function closePreview(host: ProgressHost, message?: string): void {
  host.pending = undefined;
  pendingOrgs.delete(host);
  const preview = host.el.querySelector<HTMLElement>('.eis-progress__preview');
  if (preview && !preview.hidden) {
    preview.hidden = true;
    host.el.querySelector<HTMLElement>('input[data-action="import"]')?.focus();
  }
  if (message) host.say(message);
}
