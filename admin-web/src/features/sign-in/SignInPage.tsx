import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue, useDocumentTitle, useLocalStorage } from "@mantine/hooks";
import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  WebAuthnAbortService,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { IconAlertCircle, IconFingerprint, IconKey } from "@tabler/icons-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { toApiError, type ApiError } from "../../lib/errors";
import { safeNextPath, useCompleteSignIn } from "../../lib/session";
import { homePathFor, useViewer, type ViewerState } from "../../lib/viewer";
import { rpIdFrom, useRememberUserHandle } from "../../lib/webauthn";
import { signalOwnPasskeys } from "../../lib/ownPasskeys";
import { formatSignInCode } from "../../ui/SignInCodeCountdown";
import {
  FinishPasskeySignInMutation,
  SignInOptionsQuery,
  SignInWithCodeMutation,
  SignInWithPasswordMutation,
  StartPasskeySignInMutation,
} from "./operations";

// The organisation last signed in to on this browser, so that people do not type it every time. Stored as the
// bare slug (not JSON), as before.
const lastOrgStorage = {
  key: "passkeys-admin:last-organisation",
  defaultValue: "",
  getInitialValueInEffect: false,
  serialize: (slug: string) => slug,
  deserialize: (stored: string | undefined) => stored ?? "",
};

type Mode = "password" | "code";

// The API's code alphabet (DESIGN "Sign-in codes"): nothing that is easily confused when read aloud.
const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";

/** Says which typed characters a code never contains, e.g. an O typed for a 0; null when there are none. */
export function wrongCodeCharacters(input: string): string | null {
  const wrong = [...new Set(input.replace(/[\s-]/g, "").toUpperCase())].filter((c) => !codeAlphabet.includes(c));
  if (wrong.length === 0) return null;
  return `Codes never contain ${wrong.join(", ")}. They use the digits 2 to 9 and the letters other than I, L, O, U and V.`;
}

export function SignInPage() {
  useDocumentTitle("Sign in · Passkeys admin");
  const { data } = useViewer();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  if (data?.viewer.authenticated && !data.viewer.session?.restricted) {
    return <Navigate to={next ?? homePathFor(data.viewer.user?.role)} replace />;
  }
  return <SignInForm next={next} orgFromLink={params.get("org")} />;
}

function SignInForm({ next, orgFromLink }: { next?: string; orgFromLink: string | null }) {
  const client = useApolloClient();
  const completeSignIn = useCompleteSignIn();
  const rememberUserHandle = useRememberUserHandle();
  const [lastOrg, setLastOrg, forgetLastOrg] = useLocalStorage(lastOrgStorage);
  const [mode, setMode] = useState<Mode>("password");
  const form = useForm({
    mode: "controlled",
    initialValues: { organisation: orgFromLink ?? lastOrg, email: "", password: "", code: "" },
    // Empty fields are asked for by name before anything is sent.
    validate: {
      email: (v) => (v.trim() ? null : "Enter your email address"),
      password: (v) => (mode !== "password" || v ? null : "Enter your password"),
      code: (v) => (mode !== "code" ? null : v.trim() ? wrongCodeCharacters(v) : "Enter the code"),
    },
  });
  const { organisation, email, password, code } = form.values;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<"password" | "passkey" | "code" | null>(null);
  const [autofillRun, setAutofillRun] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);
  // Set once the person has chosen a passkey: from then on a failure is theirs to hear about.
  const pickedRef = useRef(false);

  const slug = organisation.trim().toLowerCase();
  const slugRef = useRef(slug);
  slugRef.current = slug;
  const [debouncedSlug] = useDebouncedValue(slug, 500);
  const options = useQuery(SignInOptionsQuery, {
    variables: { slug: debouncedSlug },
    skip: !debouncedSlug,
  });
  const orgInfo = debouncedSlug ? options.data?.signInOptions : undefined;

  const [signInWithPassword] = useMutation(SignInWithPasswordMutation);
  const [signInWithCode] = useMutation(SignInWithCodeMutation);
  const [startPasskeySignIn] = useMutation(StartPasskeySignInMutation);
  const [finishPasskeySignIn] = useMutation(FinishPasskeySignInMutation);

  const showError = useCallback((e: unknown) => {
    setError(toApiError(e));
    requestAnimationFrame(() => errorRef.current?.focus());
  }, []);

  const finish = useCallback(
    async (viewer: ViewerState) => {
      if (slugRef.current) setLastOrg(slugRef.current);
      else forgetLastOrg();
      await completeSignIn(viewer, next);
    },
    [completeSignIn, forgetLastOrg, next, setLastOrg],
  );

  const passkeyCeremony = useCallback(
    async (useBrowserAutofill: boolean) => {
      const organisationSlug = slugRef.current || null;
      const started = await startPasskeySignIn({
        variables: { input: { organisationSlug } },
      });
      const challenge = started.data!.startPasskeySignIn;
      const optionsJSON = challenge.options as PublicKeyCredentialRequestOptionsJSON;
      const response: AuthenticationResponseJSON = await startAuthentication({
        optionsJSON,
        useBrowserAutofill,
      });
      pickedRef.current = true;
      setBusy("passkey");
      const finished = await finishPasskeySignIn({
        variables: { input: { challengeId: challenge.challengeId, response } },
      });
      const viewer = finished.data!.finishPasskeySignIn.viewer;
      if (viewer.user) rememberUserHandle(viewer.user.id, response.response.userHandle);
      await finish(viewer);
      // After finish: it clears the previous identity's cache, which would cut this query short.
      void signalOwnPasskeys(client, { rpId: rpIdFrom(optionsJSON) });
    },
    [client, finish, finishPasskeySignIn, rememberUserHandle, startPasskeySignIn],
  );

  // Passkey autofill (conditional mediation): the browser offers the passkey in
  // the Email field's suggestions; picking it signs in without a click on the
  // button. Restarted when the organisation changes and after a modal ceremony.
  useEffect(() => {
    if (mode !== "password") return;
    let cancelled = false;
    void (async () => {
      if (!(await browserSupportsWebAuthnAutofill()) || cancelled) return;
      pickedRef.current = false;
      try {
        await passkeyCeremony(true);
      } catch (e) {
        const apiError = toApiError(e);
        if (cancelled || apiError.code === "WEBAUTHN_CANCELLED") {
          // Cut short after a passkey was picked here (the person switched to a code meanwhile): that pick made
          // the form busy, so free it, or every button stays disabled.
          if (cancelled && pickedRef.current) setBusy(null);
          return;
        }
        setBusy(null);
        // Autofill is prepared quietly: a failure before anyone picked a passkey is not shown.
        if (pickedRef.current) showError(e);
        else console.warn("Passkey autofill is unavailable", e);
        if (apiError.code === "CHALLENGE_EXPIRED") setAutofillRun((n) => n + 1);
      }
    })();
    return () => {
      cancelled = true;
      WebAuthnAbortService.cancelCeremony();
    };
    // debouncedSlug: a new ceremony limited to the organisation typed, once typing pauses.
  }, [mode, autofillRun, debouncedSlug, passkeyCeremony, showError]);

  async function onPasskeyButton() {
    setError(null);
    if (!browserSupportsWebAuthn()) {
      showError(Object.assign(new Error("unsupported"), { name: "NotSupportedError" }));
      return;
    }
    setBusy("passkey");
    try {
      await passkeyCeremony(false);
    } catch (e) {
      setBusy(null);
      showError(e);
      setAutofillRun((n) => n + 1);
    }
  }

  async function onPasswordSubmit() {
    setError(null);
    setBusy("password");
    try {
      const result = await signInWithPassword({
        variables: {
          input: {
            organisationSlug: slug || null,
            email: email.trim(),
            password,
          },
        },
      });
      await finish(result.data!.signInWithPassword.viewer);
    } catch (e) {
      setBusy(null);
      showError(e);
    }
  }

  async function onCodeSubmit() {
    setError(null);
    setBusy("code");
    try {
      const result = await signInWithCode({
        variables: {
          input: {
            organisationSlug: slug || null,
            email: email.trim(),
            code: formatSignInCode(code),
          },
        },
      });
      await finish(result.data!.signInWithCode.viewer);
    } catch (e) {
      setBusy(null);
      showError(e);
    }
  }

  const errorMessage =
    error?.code === "INVALID_CREDENTIALS" && mode === "code"
      ? "That code did not work. Check the organisation, email and code; a code works once and for 10 minutes."
      : error?.message;

  const organisationField = (
    <TextInput
      label="Organisation"
      name="organisation"
      description={
        orgInfo
          ? `Signing in to ${orgInfo.organisationName}`
          : debouncedSlug && options.data && !options.data.signInOptions
            ? "No organisation has this name. Check the spelling."
            : "Your organisation's short name. Leave empty if you are platform staff."
      }
      autoComplete="organization"
      autoCapitalize="none"
      spellCheck={false}
      {...form.getInputProps("organisation")}
    />
  );

  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-gray-light)">
      <Paper withBorder shadow="sm" radius="md" p={{ base: "md", sm: "xl" }} w="100%" maw={420} component="main">
        <Stack gap="md">
          <Box>
            <Title order={1} fz={26}>
              Sign in
            </Title>
            <Text c="dimmed" size="sm">
              Passkeys admin console
            </Text>
          </Box>

          {errorMessage && (
            <Alert
              ref={errorRef}
              tabIndex={-1}
              color="red"
              variant="light"
              icon={<IconAlertCircle aria-hidden />}
              role="alert"
              title={
                error?.code === "RATE_LIMITED"
                  ? "Too many tries"
                  : error?.code === "PASSKEYS_PAUSED"
                    ? "Passkeys are paused"
                    : "Sign-in failed"
              }
            >
              {errorMessage}
            </Alert>
          )}

          {mode === "password" ? (
            <form onSubmit={form.onSubmit(() => void onPasswordSubmit())} noValidate>
              <Stack gap="sm">
                {organisationField}
                <TextInput
                  label="Email"
                  type="email"
                  name="email"
                  autoComplete="username webauthn"
                  required
                  withAsterisk={false}
                  {...form.getInputProps("email")}
                />
                <PasswordInput
                  label="Password"
                  name="password"
                  autoComplete="current-password"
                  required
                  withAsterisk={false}
                  {...form.getInputProps("password")}
                  visibilityToggleButtonProps={{
                    "aria-label": "Show or hide the password",
                    // Mantine leaves the toggle out of the Tab order; people on a keyboard need it too.
                    tabIndex: 0,
                  }}
                />
                <Button type="submit" loading={busy === "password"} disabled={busy !== null && busy !== "password"}>
                  Sign in
                </Button>
              </Stack>
            </form>
          ) : (
            <form onSubmit={form.onSubmit(() => void onCodeSubmit())} noValidate>
              <Stack gap="sm">
                <Text size="sm">
                  Open the app on a device where you are signed in, choose “Sign in on another device”, and enter the
                  code it shows. Codes from your administrator work here too.
                </Text>
                {organisationField}
                <TextInput
                  label="Email"
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  withAsterisk={false}
                  {...form.getInputProps("email")}
                />
                <TextInput
                  label="Code"
                  name="code"
                  placeholder="XXXX-XXXX"
                  autoComplete="one-time-code"
                  autoCapitalize="characters"
                  spellCheck={false}
                  required
                  withAsterisk={false}
                  {...form.getInputProps("code")}
                  styles={{
                    input: {
                      fontFamily: "var(--mantine-font-family-monospace)",
                      letterSpacing: "0.1em",
                    },
                  }}
                />
                <Button type="submit" loading={busy === "code"} disabled={busy !== null && busy !== "code"}>
                  Sign in with code
                </Button>
              </Stack>
            </form>
          )}

          <Divider label="or" labelPosition="center" />

          <Button
            variant="light"
            leftSection={<IconFingerprint size={18} aria-hidden />}
            onClick={onPasskeyButton}
            loading={busy === "passkey"}
            disabled={busy !== null && busy !== "passkey"}
          >
            Sign in with a passkey
          </Button>

          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="center"
            onClick={() => {
              setError(null);
              form.clearErrors();
              setMode(mode === "password" ? "code" : "password");
            }}
          >
            {mode === "password" ? (
              <>
                <IconKey size={14} aria-hidden style={{ verticalAlign: "middle" }} /> Use a code from your app
              </>
            ) : (
              "Use your password instead"
            )}
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
