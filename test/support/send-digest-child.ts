// A child process for the crash test: `digest send` without the rest of the CLI (which loads slowly).
// argv: <cwd with threatbrief.config.json> <date> <smtp url>
import { loadConfig } from '../../src/config/load.ts';
import { ensureSecret } from '../../src/config/secret.ts';
import { smtpOptions } from '../../src/pipeline/mail-settings.ts';
import { sendDigest } from '../../src/pipeline/send-digest.ts';
import { createSmtpMailer } from '../../src/publish/mail/smtp-mailer.ts';
import { openStore } from '../../src/store/connect.ts';

const [cwd = '.', date = '', smtpUrl = ''] = process.argv.slice(2);
const config = loadConfig(cwd, {}, { smtpUrl });
const store = await openStore(config.databaseUrl);
const mailer = createSmtpMailer(smtpOptions(config));
const summary = await sendDigest(
  {
    db: store.db,
    config,
    mailer,
    secret: ensureSecret(config),
    logger: { info() {}, warn() {} },
    now: () => new Date(),
  },
  { date },
);
await mailer.close();
await store.close();
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exitCode = summary.aborted || summary.retryLater > 0 ? 1 : 0;
