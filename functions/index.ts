// The Cloud Functions entry points, and nothing else: each handler is built on first use (no work at
// import time, so cold starts stay short).
import { http } from '@google-cloud/functions-framework';
import { googleCerts } from './auth/identity';
import { deploymentFromEnv } from './config/deployment';
import { googleClients } from './google/clients';
import { installFrameworkErrors } from './http/framework-errors';
import { type Deps, documentHandler, recapAllHandler, recapHandler } from './http/handlers';
import { CloudTasksQueue } from './tasks/queue';

let deps: Deps | null = null;

function production(): Deps {
  if (deps) return deps;
  const deployment = deploymentFromEnv();
  deps = {
    deployment,
    certs: googleCerts,
    clients: () => googleClients(deployment.googleRootUrl ? { rootUrl: deployment.googleRootUrl } : {}),
    queue: () =>
      new CloudTasksQueue(
        deployment.queue ?? '',
        deployment.recapUrl ?? '',
        deployment.tasksServiceAccount ?? '',
      ),
    now: () => Date.now(),
  };
  return deps;
}

// a malformed body is answered in the service's JSON error shape, never express's HTML page
installFrameworkErrors();
http('recap', (req, res) => recapHandler(production())(req, res));
http('recapAll', (req, res) => recapAllHandler(production())(req, res));
http('document', (req, res) => documentHandler(production())(req, res));
