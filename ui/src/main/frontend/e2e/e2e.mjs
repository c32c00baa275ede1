// End-to-end: the office issues a task list in the wizard and sees the status board; the unit opens the work item's
// form and acknowledges; the auditor reads the task's timeline. Drives the machine's Chromium with playwright-core
// (no browser download) against a running application, and saves a screenshot of each main page.
//
//   DUBAN_URL=http://localhost:8080 SCREENSHOTS=../../../target/screenshots node e2e/e2e.mjs
import { chromium } from 'playwright-core';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const base = process.env.DUBAN_URL ?? 'http://localhost:8080';
const shots = process.env.SCREENSHOTS ?? 'target/screenshots';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  // playwright gives every launch a fresh user-data dir of its own.
});

const problems = [];
const step = (name) => console.log(`e2e: ${name}`);

async function session(username) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (m) => {
    // A read-side endpoint that is not there yet answers 404; that is shown in the page, not a fault of the page.
    if (m.type() === 'error' && !/status of 404|status of 403/.test(m.text())) problems.push(`${username}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${username}: ${e.message}`));
  await page.goto(`${base}/board`);
  await page.waitForURL(/\/login/);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', 'demo');
  await page.click('button[type=submit]');
  await page.getByTestId('current-user').waitFor();
  return { context, page };
}

async function shot(page, name) {
  await page.waitForTimeout(300); // let antd's animations settle for the picture
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

const number = `督交〔2018〕E2E-${Date.now()}号`;
const due = new Date(Date.now() + 60 * 86_400_000).toISOString().substring(0, 10);

try {
  step('office logs in and sees the status board');
  const office = await session('office');
  await office.page.getByRole('heading', { name: '督查看板' }).waitFor();
  await office.page.getByTestId('status-board').waitFor();
  await shot(office.page, '01-office-status-board');
  await office.page.getByText('English', { exact: true }).click();
  await office.page.getByRole('heading', { name: 'Status board' }).waitFor();
  await shot(office.page, '01-office-status-board-en');
  await office.page.getByText('中文', { exact: true }).click();
  await office.page.getByRole('heading', { name: '督查看板' }).waitFor();

  step('office issues a task list to 界首镇 through the wizard');
  await office.page.getByRole('menuitem', { name: '交办单' }).click();
  await office.page.getByRole('heading', { name: '督查交办单' }).waitFor();
  await office.page.getByRole('button', { name: '新建交办单' }).click();
  await office.page.getByRole('heading', { name: '新建督查交办单' }).waitFor();
  await office.page.locator('.ant-select').first().click();
  await office.page.locator('.ant-select-item-option[title="2018年全市工会工作要点"]').first().click();
  await office.page.locator('tr', { hasText: '建立“爱心驿站”' }).locator('input[type=checkbox]').check();
  await shot(office.page, '02-wizard-items');
  await office.page.getByRole('button', { name: '下一步' }).click();
  await office.page.locator('tr', { hasText: '界首镇' }).locator('input[type=checkbox]').check();
  await office.page.getByRole('button', { name: '下一步' }).click();
  const split = office.page.getByRole('button', { name: '平均分解' });
  for (let i = 0; i < (await split.count()); i++) await split.nth(i).click();
  await office.page.locator('[data-testid^=sum-]').first().waitFor();
  await shot(office.page, '03-wizard-targets');
  await office.page.getByRole('button', { name: '下一步' }).click();
  await office.page.getByLabel('交办单编号').fill(number);
  await office.page.getByLabel('交办单标题').fill('爱心驿站建设督查交办单');
  await office.page.getByLabel('办理期限').fill(due);
  await office.page.getByLabel('办理期限').press('Enter');
  await office.page.getByRole('button', { name: '交 办' }).or(office.page.getByRole('button', { name: '交办' })).click();
  await office.page.getByText(/已交办 \d+ 项督查任务/).first().waitFor();
  await shot(office.page, '04-wizard-issued');
  await office.page.getByRole('link', { name: '交办单' }).click();
  // The list of task lists is a projection: it may take a moment to see the list issued.
  for (let attempt = 0; ; attempt++) {
    await office.page.locator('tr', { hasText: number }).locator('.ant-table-row-expand-icon').click();
    const tasks = office.page.locator('.ant-table-expanded-row', { hasText: '界首镇' });
    try {
      await tasks.waitFor({ timeout: 2_000 });
      break;
    } catch (e) {
      if (attempt === 5) throw e;
      await office.page.reload();
    }
  }
  await shot(office.page, '04-office-task-lists');

  step('jieshou opens the work item and acknowledges the task in its form');
  const unit = await session('jieshou');
  await unit.page.goto(`${base}/work-queue`);
  await unit.page.getByRole('heading', { name: '工作台' }).waitFor();
  const item = unit.page.locator('.ant-table-row', { hasText: '签收任务' }).first();
  const taskPath = await item.locator('a').getAttribute('href');
  await item.click();
  await unit.page.getByTestId('work-item-form').getByRole('heading', { name: '签收任务' }).waitFor();
  await shot(unit.page, '05-unit-work-item-form');
  await unit.page.getByRole('checkbox').check();
  await unit.page.getByTestId('form-submit').click();
  await unit.page.getByText('已提交').waitFor();

  step('jieshou reports progress with figures per indicator');
  const report = unit.page.locator('.ant-table-row', { hasText: '报送进展' }).filter({ has: unit.page.locator(`a[href="${taskPath}"]`) });
  await report.click();
  const form = unit.page.getByTestId('work-item-form');
  await form.getByRole('heading', { name: '报送进展' }).waitFor();
  await form.getByLabel('进展情况').fill('已建成爱心驿站12家，其余正在选址。');
  const figures = form.locator('.ant-input-number-input');
  for (let i = 0; i < (await figures.count()); i++) await figures.nth(i).fill(i === 0 ? '1' : '12');
  await shot(unit.page, '06-unit-report-form');
  await unit.page.getByTestId('form-submit').click();
  await unit.page.getByText('已提交').first().waitFor();

  step('jieshou reads the task and its timeline');
  await unit.page.getByRole('menuitem', { name: '任务' }).click();
  await unit.page.getByRole('heading', { name: '督查任务' }).waitFor();
  await shot(unit.page, '07-unit-tasks');
  await unit.page.goto(`${base}${taskPath}`);
  await unit.page.getByText('办理过程').waitFor();
  await unit.page.locator('.ant-timeline-item').nth(2).waitFor();
  await unit.page.getByRole('cell', { name: '12', exact: true }).waitFor();
  await unit.page.getByRole('button', { name: '查看当时状态' }).first().click();
  await unit.page.getByTestId('task-as-of').waitFor();
  await shot(unit.page, '08-unit-task-timeline');
  await unit.page.getByRole('menuitem', { name: '我的信息' }).click();
  await unit.page.getByText('界首镇').first().waitFor();
  await shot(unit.page, '09-unit-me');

  step('the auditor opens the event log and the rebuild page');
  const auditor = await session('auditor');
  await auditor.page.getByRole('menuitem', { name: '事件日志' }).click();
  await auditor.page.getByRole('heading', { name: '事件日志' }).waitFor();
  await auditor.page.waitForTimeout(1000);
  await shot(auditor.page, '10-auditor-event-log');
  await auditor.page.getByRole('menuitem', { name: '重建' }).click();
  await shot(auditor.page, '11-auditor-rebuild');

  step('the unit logs out');
  await unit.page.getByRole('button', { name: '退出登录' }).first().click();
  await unit.page.waitForURL(/\/login\?logout/);
} catch (e) {
  problems.push(String(e && e.stack ? e.stack : e));
} finally {
  await browser.close();
}

if (problems.length) {
  console.error(`e2e: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`e2e: passed, screenshots in ${shots}`);
