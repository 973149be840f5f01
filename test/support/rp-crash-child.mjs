// A second reference RP process on the test server's database, which kills itself (SIGKILL) as
// it writes a credential: a crash between verifying a registration and storing it. Started by
// rp-client-plugin.mjs ('crash-verify'); prints its port, then serves until it dies.
import Database from 'better-sqlite3';
import { createServer } from 'node:http';
import { createRelyingParty } from '../../demo/rp/server.js';

const { dataDir, origin } = JSON.parse(process.argv[2]);

/** @type {any} */
const proto = Database.prototype;
const prepare = proto.prepare;
proto.prepare = function (/** @type {string} */ source) {
  const statement = prepare.call(this, source);
  if (/INSERT INTO credentials/.test(source)) {
    statement.run = () => process.kill(process.pid, 'SIGKILL');
  }
  return statement;
};

const rp = createRelyingParty({ dataDir, origin });
const server = createServer((req, res) =>
  rp.handle(req, res, () => {
    res.statusCode = 404;
    res.end();
  }),
);
server.listen(0, 'localhost', () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  process.stdout.write(`${address.port}\n`);
});
