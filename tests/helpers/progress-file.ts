/**
 * A progress file as a reader moves it on «Мой прогресс»: «Скачать прогресс», and a file loaded
 * with «Загрузить» as a new organisation («Добавить как новую организацию «…»» → «Объединить»),
 * the status line saying so.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** «Скачать прогресс» on the open «Мой прогресс»: the file's bytes. */
export async function downloadProgress(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Скачать прогресс' }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** «Загрузить» the file `<name>.json` holding `bytes`: its preview opens. */
export async function chooseProgressFile(page: Page, bytes: Buffer, name: string): Promise<void> {
  const input = page.getByLabel('Загрузить');
  await expect(input).toBeEnabled();
  await input.setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: bytes });
}

/** In the open preview: «Добавить как новую организацию «name»» → «Объединить», and said so. */
export async function addAsNewOrganisation(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name: `Добавить как новую организацию «${name}»` }).check();
  await page.getByRole('button', { name: 'Объединить', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Добавили организацию' })).toHaveText(
    `Добавили организацию «${name}» с прогрессом из файла.`,
  );
}

/** Load `bytes` as the file `<name>.json` and add it as the new organisation «name». */
export async function loadAsNewOrganisation(
  page: Page,
  bytes: Buffer,
  name: string,
): Promise<void> {
  await chooseProgressFile(page, bytes, name);
  await addAsNewOrganisation(page, name);
}
