import "reflect-metadata";
import { systemClock } from "../clock";
import { ConfigError, loadConfig } from "../config";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";
import { AppError } from "../errors";
import { Role } from "../modules/enums";
import { UserService } from "../modules/users/user.service";
import { Transactions } from "../db/transactions";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** `create-support-user EMAIL` with the password on standard input; prints the new user's id. */
async function main() {
  const email = process.argv[2];
  if (!email) {
    console.error("Usage: create-support-user EMAIL  (the password is read from standard input)");
    process.exit(2);
  }
  const password = await readStdin();
  const dataSource = await createDataSource(loadConfig().databaseUrl);
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const users = new UserService(dataSource, new Transactions(dataSource), systemClock);
    const user = await users.create(
      { organisationId: null, email, displayName: email.split("@")[0], role: Role.SUPPORT, password },
      { id: null, ip: null },
    );
    console.log(user.id);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof AppError ? error.message : error);
  process.exit(1);
});
