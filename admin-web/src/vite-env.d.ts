/// <reference types="vite/client" />

declare module "virtual:aaguids" {
  /** AAGUID (lower case) → authenticator name, from the API's bundled list. */
  const names: Record<string, string>;
  export default names;
}
