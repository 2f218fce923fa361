// The software authenticator lives under src/testing so that the built bench's load client can use it too.
export * from "../src/testing/software-authenticator";
