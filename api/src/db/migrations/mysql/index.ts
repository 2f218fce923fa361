import { Initial1764000000000 } from "./1764000000000-Initial";

/** In order; the folder for the other dialect has a migration of the same name for each. */
export const mysqlMigrations: Function[] = [Initial1764000000000];
