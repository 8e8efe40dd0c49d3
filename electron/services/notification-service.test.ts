import { describe, expect, it } from 'vitest';
import type { NotificationPort, OsNotification } from './notification-port';
import { createNotificationService } from './notification-service';

function fakePort(supported = true) {
  const shown: { notification: OsNotification; onClick: (() => void) | undefined }[] = [];
  const port: NotificationPort = {
    isSupported: () => supported,
    show: (notification, onClick) => shown.push({ notification, onClick }),
  };
  return { port, shown };
}

describe('createNotificationService', () => {
  it('shows the notification and opens its lead on click', async () => {
    const { port, shown } = fakePort();
    const opened: string[] = [];
    const service = createNotificationService({ port, openLead: (id) => opened.push(id), now: () => 0 });

    await expect(service.showNotification({ title: 'Call ACME', body: 'Due now', leadId: 'lead-1' })).resolves.toEqual({
      shown: true,
    });
    expect(shown[0]?.notification).toEqual({ title: 'Call ACME', body: 'Due now' });
    shown[0]?.onClick?.();
    expect(opened).toEqual(['lead-1']);
  });

  it('has no click action without a lead', async () => {
    const { port, shown } = fakePort();
    const service = createNotificationService({ port, openLead: () => undefined, now: () => 0 });
    await service.showNotification({ title: 'Sync finished', body: '' });
    expect(shown[0]?.onClick).toBeUndefined();
  });

  it('reports not shown where the OS has no notifications', async () => {
    const { port } = fakePort(false);
    const service = createNotificationService({ port, openLead: () => undefined, now: () => 0 });
    await expect(service.showNotification({ title: 'x', body: '' })).resolves.toEqual({ shown: false });
  });

  it('skips toasts beyond the limit until the window passes', async () => {
    const { port, shown } = fakePort();
    let time = 1_000;
    const service = createNotificationService({
      port,
      openLead: () => undefined,
      now: () => time,
      limit: { count: 2, perMs: 10_000 },
    });
    const results = [];
    for (let i = 0; i < 3; i += 1) results.push((await service.showNotification({ title: `r${i}`, body: '' })).shown);
    expect(results).toEqual([true, true, false]);
    time += 10_000;
    expect((await service.showNotification({ title: 'later', body: '' })).shown).toBe(true);
    expect(shown.map((entry) => entry.notification.title)).toEqual(['r0', 'r1', 'later']);
  });
});
