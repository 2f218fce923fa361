import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import dayjs from "dayjs";
import { useForm } from "@mantine/form";
import { IconAlertTriangle, IconInfoCircle } from "@tabler/icons-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { errorCodeOf, toApiError } from "../../lib/errors";
import { roleOptions } from "../../lib/viewer";
import type { PolicyFieldsFragment, PolicyImpactFieldsFragment, UpdatePasskeyPolicyInput } from "../../graphql/graphql";
import { formatDate, formatDateTime } from "../../ui/dates";
import { showFormError } from "../../ui/forms";
import { notifySuccess } from "../../ui/notify";
import {
  changedFields,
  describeValue,
  fieldLabels,
  toInput,
  toValues,
  type PolicyField,
  type PolicyValues,
} from "./policyForm";
import { impactLines } from "./policyText";

export interface PolicyFormProps {
  organisationId: string;
  policy: PolicyFieldsFragment;
  activated: boolean;
  readOnly: boolean;
  /** AAGUID (lower case) → authenticator name. */
  authenticatorNames: Record<string, string>;
  /** Who the change would affect, before it applies (the review step); runs the save's own checks. */
  onReview: (input: UpdatePasskeyPolicyInput) => Promise<PolicyImpactFieldsFragment>;
  onSave: (input: UpdatePasskeyPolicyInput) => Promise<PolicyFieldsFragment>;
  /** Reads the policy as the server has it now (after a VERSION_CONFLICT). */
  onFetchLatest: () => Promise<PolicyFieldsFragment>;
}

interface Review {
  input: UpdatePasskeyPolicyInput;
  impact: PolicyImpactFieldsFragment;
}

interface Conflict {
  latest: PolicyFieldsFragment;
  theirs: PolicyField[];
  mine: PolicyField[];
}

/** Beside the switch-on date while passkeys are live: a date still to come is a pause, not a plan. */
export const pauseWarning =
  "Passkeys are on now. A switch-on date still to come pauses them until that day: passkey sign-in stops as soon as you save, and everyone signs in with their password. You will be asked to confirm the pause.";

export const forceNeedsEnabledMessage = "Turn on “Enable passkeys” first.";

export const notActivatedMessage = "Passkeys have not been activated for your organisation. Contact support.";

/** DESIGN "WebAuthn checks": said plainly whenever an allowlist is kept without attestation. */
export const selfDeclaredAllowlistMessage =
  "Without required attestation, this list rests on self-declared AAGUIDs: an authenticator only says which model it is, and any authenticator or script can claim to be one you allow. Turn on “Require attestation” to accept only models whose maker vouches for them.";

export function PolicyForm({
  organisationId,
  policy,
  activated,
  readOnly,
  authenticatorNames,
  onReview,
  onSave,
  onFetchLatest,
}: PolicyFormProps) {
  // The version the admin is editing; it moves only when they say so.
  const [base, setBase] = useState(policy);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const form = useForm<PolicyValues>({
    mode: "controlled",
    initialValues: toValues(policy),
    // What was reviewed is what applies: any edit sends the admin back through the review.
    onValuesChange: () => setReview(null),
  });
  const baseValues = useMemo(() => toValues(base), [base]);
  // Dates in the past cannot be picked: a date that has passed schedules nothing.
  const today = dayjs().format("YYYY-MM-DD");
  const dirty = changedFields(baseValues, form.values).length > 0;
  // A day after today on a live organisation: saving it would pause passkeys until then.
  const pausing =
    base.requirement !== "OFF" &&
    form.values.enabled &&
    form.values.enabledFrom !== null &&
    dayjs(form.values.enabledFrom).isAfter(today, "day");
  // The API refuses any policy change until support has activated passkeys.
  const locked = readOnly || !activated;

  // A newer version arriving while nothing is being edited is simply shown.
  useEffect(() => {
    if (policy.version > base.version && changedFields(baseValues, form.values).length === 0) {
      setBase(policy);
      form.setValues(toValues(policy));
      form.resetDirty(toValues(policy));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [policy]);

  const nameOf = (aaguid: string) => authenticatorNames[aaguid.toLowerCase()] ?? aaguid;
  const authenticatorOptions = useMemo(() => {
    const byName = new Map<string, number>();
    for (const name of Object.values(authenticatorNames)) byName.set(name, (byName.get(name) ?? 0) + 1);
    const options = Object.entries(authenticatorNames).map(([aaguid, name]) => ({
      value: aaguid,
      // Several AAGUIDs share a name (e.g. Windows Hello): the prefix tells them apart.
      label: byName.get(name)! > 1 ? `${name} (${aaguid.slice(0, 8)})` : name,
    }));
    for (const aaguid of form.values.allowedAuthenticators) {
      if (!authenticatorNames[aaguid.toLowerCase()]) options.push({ value: aaguid, label: aaguid });
    }
    return options.sort((a, b) => a.label.localeCompare(b.label));
  }, [authenticatorNames, form.values.allowedAuthenticators]);

  /** Moves the form onto the latest version; with keepMine, the admin's own edits are re-applied on top. */
  function adopt(latest: PolicyFieldsFragment, keepMine: boolean) {
    const next = toValues(latest);
    if (keepMine) {
      for (const field of changedFields(baseValues, form.values)) {
        (next as unknown as Record<string, unknown>)[field] = form.values[field];
      }
    }
    setBase(latest);
    form.setValues(next);
    setConflict(null);
  }

  /** A refusal shown where it belongs: a stale version as the conflict, a field beside it, the rest by the buttons. */
  async function showError(e: unknown, values: PolicyValues) {
    if (errorCodeOf(e) === "VERSION_CONFLICT") {
      try {
        const latest = await onFetchLatest();
        setConflict({
          latest,
          theirs: changedFields(baseValues, toValues(latest)),
          mine: changedFields(baseValues, values),
        });
      } catch (reloadError) {
        setError(toApiError(reloadError).message);
      }
      return;
    }
    const message = showFormError(form, e);
    setError(message);
    if (message) requestAnimationFrame(() => errorRef.current?.focus());
  }

  /** Save first asks the API who the change affects; nothing applies until the admin confirms. */
  async function startReview(values: PolicyValues) {
    setError(null);
    setSaving(true);
    const input = toInput(organisationId, base.version, baseValues, values);
    try {
      const impact = await onReview(input);
      setReview({ input, impact });
      requestAnimationFrame(() => reviewRef.current?.focus());
    } catch (e) {
      await showError(e, values);
    } finally {
      setSaving(false);
    }
  }

  async function apply({ input, impact }: Review) {
    setError(null);
    setSaving(true);
    try {
      const saved = await onSave(impact.pauseNeedsConfirmation ? { ...input, confirmPause: true } : input);
      setBase(saved);
      form.setValues(toValues(saved));
      form.resetDirty(toValues(saved));
      setReview(null);
      notifySuccess(
        "Settings saved",
        impact.takesEffectAt
          ? `The passkey policy applies from ${formatDate(impact.takesEffectAt)}.`
          : "The passkey policy applies from now on.",
      );
    } catch (e) {
      setReview(null);
      await showError(e, form.getValues());
    } finally {
      setSaving(false);
    }
  }

  const latestValues = conflict ? toValues(conflict.latest) : null;

  return (
    <form onSubmit={form.onSubmit(startReview)} aria-label="Passkey policy">
      <Stack gap="lg">
        {conflict && latestValues && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title="Someone else changed these settings while you were editing"
            role="alert"
          >
            <Stack gap="xs">
              <Text size="sm">
                {conflict.latest.updatedBy?.displayName ?? "Someone"} saved version {conflict.latest.version} at{" "}
                {formatDateTime(conflict.latest.updatedAt)}. Your changes were not saved.
              </Text>
              {conflict.theirs.length > 0 ? (
                <List size="sm" aria-label="What changed">
                  {conflict.theirs.map((field) => (
                    <List.Item key={field}>
                      <b>{fieldLabels[field]}</b>: {describeValue(field, baseValues, nameOf)} →{" "}
                      {describeValue(field, latestValues, nameOf)}
                      {conflict.mine.includes(field) ? " (you changed this too)" : ""}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">None of the fields you see changed, but the settings were saved again.</Text>
              )}
              <Group gap="xs">
                <Button size="xs" color="orange" onClick={() => adopt(conflict.latest, false)}>
                  Reload
                </Button>
                <Button size="xs" variant="default" onClick={() => adopt(conflict.latest, true)}>
                  Keep my changes and review
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        <Fieldset legend="Requirement" disabled={locked}>
          <Stack gap="md">
            <Switch
              label="Enable passkeys"
              aria-label="Enable passkeys"
              description={activated ? "Employees can create passkeys and sign in with them." : undefined}
              disabled={locked}
              {...form.getInputProps("enabled", { type: "checkbox" })}
            />
            {!activated && (
              <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
                {notActivatedMessage}
              </Alert>
            )}
            <Checkbox
              label="Force Passkey Setup"
              description={`Off (Optional): every employee is asked to create a passkey and can choose “Do this later”. On (Mandatory): employees cannot use the app until they have created a passkey.${form.values.enabled ? "" : ` ${forceNeedsEnabledMessage}`}`}
              // Mandatory means nothing while passkeys are off; ticking it there only surprises later.
              disabled={locked || !form.values.enabled}
              {...form.getInputProps("forcePasskeySetup", { type: "checkbox" })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DatePickerInput
                label="Switch-on date"
                description="The date you announced. Empty: as soon as passkeys are enabled."
                placeholder="As soon as enabled"
                clearable
                minDate={today}
                valueFormat="D MMMM YYYY"
                {...form.getInputProps("enabledFrom")}
              />
              <DatePickerInput
                label="Make mandatory on"
                description="Optional turns mandatory on this day. Empty: never by date."
                placeholder="Never"
                clearable
                minDate={today}
                valueFormat="D MMMM YYYY"
                {...form.getInputProps("forceSetupFrom")}
              />
              <NumberInput
                label="Remind after (days)"
                description="After a skip, ask again this many days later. Empty: never again."
                placeholder="Never"
                min={1}
                max={365}
                allowDecimal={false}
                {...form.getInputProps("remindAfterDays")}
              />
              <NumberInput
                label="Maximum skips"
                description="After this many skips, setup becomes mandatory for that person. Empty: no limit."
                placeholder="No limit"
                min={0}
                max={100}
                allowDecimal={false}
                {...form.getInputProps("maxSkips")}
              />
            </SimpleGrid>
            {pausing && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="status">
                {pauseWarning}
              </Alert>
            )}
            <MultiSelect
              label="Mandatory for roles"
              description="Setup is mandatory for these roles even while passkeys are optional, e.g. CMS admins."
              placeholder={form.values.mandatoryRoles.length ? undefined : "No role"}
              data={roleOptions}
              clearable
              {...form.getInputProps("mandatoryRoles")}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Security" disabled={locked}>
          <Stack gap="md">
            <Select
              label="User verification"
              description="Required: Face ID, fingerprint or PIN at every use, which makes a passkey two factors."
              data={[
                { value: "REQUIRED", label: "Required (recommended)" },
                { value: "PREFERRED", label: "Preferred" },
              ]}
              allowDeselect={false}
              {...form.getInputProps("userVerification")}
            />
            <MultiSelect
              label="Allowed authenticators"
              description="Only these can be used to create passkeys. Empty: any authenticator."
              placeholder={form.values.allowedAuthenticators.length ? undefined : "Any authenticator"}
              data={authenticatorOptions}
              searchable
              clearable
              limit={50}
              nothingFoundMessage="No authenticator has that name"
              {...form.getInputProps("allowedAuthenticators")}
            />
            <Switch
              label="Require attestation"
              aria-label="Require attestation"
              description="On: a passkey is accepted only from an authenticator whose maker's certificate chains to a trust root configured for this service, so the allowed list is checked against the model the maker vouches for. Synced passkeys (iCloud Keychain, Google Password Manager) give no attestation and are refused."
              {...form.getInputProps("requireAttestation", { type: "checkbox" })}
            />
            {!form.values.requireAttestation && form.values.allowedAuthenticators.length > 0 && (
              <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} role="status">
                {selfDeclaredAllowlistMessage}
              </Alert>
            )}
            <Switch
              label="Allow password after passkey"
              aria-label="Allow password after passkey"
              description="Off (recommended): someone who has a passkey can no longer sign in with a password alone, so a stolen password is useless."
              {...form.getInputProps("allowPasswordAfterPasskey", {
                type: "checkbox",
              })}
            />
          </Stack>
        </Fieldset>

        {review && (
          // A step of the form, not an interruption: a named section, with focus moved to its heading.
          <Paper
            component="section"
            aria-labelledby="policy-review-title"
            withBorder
            radius="md"
            p="md"
            bg={`var(--mantine-color-${review.impact.pauseNeedsConfirmation ? "orange" : "blue"}-light)`}
          >
            <Stack gap="sm">
              <Title order={3} fz="md" id="policy-review-title" ref={reviewRef} tabIndex={-1}>
                {review.impact.pauseNeedsConfirmation ? "Pause passkeys?" : "Review before you apply"}
              </Title>
              <List size="sm" spacing={4} aria-label="Who this affects">
                {impactLines(review.impact).map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
              <Group gap="xs">
                <Button
                  color={review.impact.pauseNeedsConfirmation ? "orange" : undefined}
                  loading={saving}
                  onClick={() => void apply(review)}
                >
                  {review.impact.pauseNeedsConfirmation ? "Pause passkeys" : "Apply changes"}
                </Button>
                <Button variant="default" disabled={saving} onClick={() => setReview(null)}>
                  Back to editing
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}

        {error && (
          <Alert
            ref={errorRef}
            tabIndex={-1}
            color="red"
            variant="light"
            role="alert"
            title="The settings were not saved"
          >
            {error}
          </Alert>
        )}

        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            Version {base.version}, last changed {formatDateTime(base.updatedAt)}
            {base.updatedBy ? ` by ${base.updatedBy.displayName}` : ""}.
          </Text>
          {readOnly ? (
            <Text size="sm" c="dimmed">
              Only organisation admins can change these settings.
            </Text>
          ) : !activated ? null : (
            <Group gap="xs">
              <Button
                variant="default"
                disabled={!dirty || saving}
                onClick={() => {
                  form.setValues(baseValues);
                  form.clearErrors();
                }}
              >
                Discard changes
              </Button>
              <Button
                type="submit"
                loading={saving && !review}
                disabled={!dirty || conflict !== null || review !== null}
              >
                Save
              </Button>
            </Group>
          )}
        </Group>
      </Stack>
    </form>
  );
}
