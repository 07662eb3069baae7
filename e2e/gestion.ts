// The back office (SPEC H): the manager's pages as the journeys move through them, and what a
// manager does through the API when a journey needs it done (a decision, an answer, a payment).
import type { TestContext } from 'node:test';
import type { PayeeFile, QueueDetail, RecordedPayment } from '@portail/kernel/contract';
import type { BrowserContext, Page } from 'playwright-core';
import type { NewIndemnityPayment } from '../mfe-indemnisations/contract/index.js';
import type { PortalClient } from './api.js';
import { logInManager, type RunningPortal } from './harness.js';
import { newPage } from './members.js';
import { openFromMenu } from './pages.js';

/** The demo manager's name, as the back office signs their decisions. */
export const MANAGER_NAME = 'Nadia Gestion';

/** A manager's own context, logged in at /gestion and on the queue; closed when the test `t` ends. */
export async function managerPage(
  t: TestContext,
  running: RunningPortal,
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(t, running);
  await logInManager(opened.page, running.url);
  return opened;
}

/** The back office's menu (« Gestion »), to move between its pages as a manager does. */
export function openGestionPage(page: Page, label: string): Promise<void> {
  return openFromMenu(page, label, label);
}

/** Filters the queue (requests in progress) by section, then opens the member's request named `label`. */
export async function openRequest(
  page: Page,
  section: string,
  identifier: string,
  label: string,
): Promise<void> {
  await openGestionPage(page, 'Demandes');
  const filters = page.getByRole('search', { name: 'Filtrer les demandes' });
  await filters.getByLabel(/^Section/).selectOption({ label: section });
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await page.waitForURL((u) => u.searchParams.has('section'));
  const row = page.getByRole('row').filter({ hasText: identifier }).filter({ hasText: label });
  await row.getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL((u) => /^\/gestion\/demandes\/[0-9a-f-]{36}$/.test(u.pathname));
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
  await page.getByRole('heading', { name: "Dossier de l'adhérent", level: 2 }).waitFor();
}

/** The request's status as the detail's overview shows it ("Statut"). */
export const detailStatus = (page: Page) => page.locator('bo-request-page pa-badge.status');

/** The decision part of a request's detail. */
export const decisionRegion = (page: Page) => page.getByRole('region', { name: 'Décision' });

/** H2: « Accepter » (`accepted`) or « Refuser » with its reason. */
export function decide(
  manager: PortalClient,
  requestId: string,
  decision: 'accepted' | 'refused',
  reason?: string,
): Promise<QueueDetail> {
  return manager.call<QueueDetail>(`/api/gestion/demandes/${requestId}/decision`, {
    json: { decision, ...(reason ? { reason } : {}) },
  });
}

/** H3: the answer to a member's message or question. */
export function answer(manager: PortalClient, requestId: string, text: string): Promise<QueueDetail> {
  return manager.call<QueueDetail>(`/api/gestion/demandes/${requestId}/reponse`, { json: { text } });
}

/** H1: opens (downloads) each file attached to a request, as a manager checks them; their bytes. */
export async function openAttachments(manager: PortalClient, requestId: string): Promise<Buffer[]> {
  const detail = await manager.call<QueueDetail>(`/api/gestion/demandes/${requestId}`);
  const files: Buffer[] = [];
  for (const attachment of detail.attachments) {
    const response = await manager.fetch(attachment.downloadUrl);
    if (!response.ok) throw new Error(`${attachment.downloadUrl} answered ${response.status}`);
    files.push(Buffer.from(await response.arrayBuffer()));
  }
  return files;
}

/** H5: an indemnity payment for the member's prévoyance membership (alerted as they chose). */
export async function recordIndemnity(
  manager: PortalClient,
  member: { identifier: string },
  payment: Omit<NewIndemnityPayment, 'membershipId'>,
): Promise<RecordedPayment> {
  const payee = await manager.call<PayeeFile>(`/api/gestion/adherents/${member.identifier}`);
  const membership = payee.memberships.find((m) => m.kind === 'prevoyance');
  if (!membership) throw new Error(`${member.identifier} has no prévoyance membership`);
  return manager.call<RecordedPayment>('/api/gestion/indemnisations/indemnites', {
    json: { ...payment, membershipId: membership.id },
  });
}
