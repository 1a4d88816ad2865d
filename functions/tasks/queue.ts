// Fanning a regency's offices out to one /recap invocation each. In production Cloud Tasks (the client
// library, imported only when used); in tests and the local mode an in-process stand-in.
import type { Periode } from '../../shared';

export interface RecapTask {
  readonly spreadsheetId: string;
  readonly year: number;
  readonly period: Periode;
}

export interface TaskQueue {
  /** Enqueue one task per office; answers with the task names. */
  enqueue(tasks: readonly RecapTask[]): Promise<string[]>;
}

export class CloudTasksQueue implements TaskQueue {
  constructor(
    private readonly queue: string,
    private readonly url: string,
    private readonly serviceAccountEmail: string,
  ) {}

  async enqueue(tasks: readonly RecapTask[]): Promise<string[]> {
    const { CloudTasksClient } = await import('@google-cloud/tasks');
    const client = new CloudTasksClient();
    const names: string[] = [];
    for (const task of tasks) {
      const [created] = await client.createTask({
        parent: this.queue,
        task: {
          httpRequest: {
            httpMethod: 'POST',
            url: this.url,
            headers: { 'Content-Type': 'application/json' },
            body: Buffer.from(JSON.stringify(task)).toString('base64'),
            oidcToken: { serviceAccountEmail: this.serviceAccountEmail, audience: this.url },
          },
        },
      });
      names.push(created.name ?? '');
    }
    return names;
  }
}

/** Runs each task right away in this process (tests, local mode). */
export class InProcessQueue implements TaskQueue {
  readonly ran: RecapTask[] = [];

  constructor(private readonly run: (task: RecapTask) => Promise<unknown>) {}

  async enqueue(tasks: readonly RecapTask[]): Promise<string[]> {
    const names: string[] = [];
    for (const [i, task] of tasks.entries()) {
      this.ran.push(task);
      await this.run(task);
      names.push(`in-process/${i + 1}/${task.spreadsheetId}/${task.period}`);
    }
    return names;
  }
}
