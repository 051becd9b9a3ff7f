// A loopback SMTP server for the fault bench: accepts every message and prints each recipient as a
// JSON line. Usage: node tests/bench/smtp-sink.mjs <port>
import { SMTPServer } from 'smtp-server';

const port = Number(process.argv[2]);
const server = new SMTPServer({
  // The bundled certificate is expired (stack facts): plain SMTP on loopback.
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  // No DNS here: a reverse lookup of each client would stall every greeting.
  disableReverseLookup: true,
  onData(stream, session, callback) {
    stream.resume();
    stream.on('end', () => {
      for (const rcpt of session.envelope.rcptTo) process.stdout.write(`${JSON.stringify({ to: rcpt.address })}\n`);
      callback();
    });
  },
});
server.listen(port, '127.0.0.1', () => process.stdout.write('{"ready":true}\n'));
