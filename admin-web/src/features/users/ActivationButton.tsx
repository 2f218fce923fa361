import { useMutation } from "@apollo/client/react";
import { Button } from "@mantine/core";
import { IconUserCheck, IconUserOff } from "@tabler/icons-react";
import { confirmAction } from "../../ui/confirm";
import { notifyError, notifySuccess } from "../../ui/notify";
import { DeactivateUserMutation, ReactivateUserMutation } from "./operations";

/** What deactivating and reactivating say, in one place: the button, the question, and the outcome. */
const actions = {
  deactivate: {
    label: "Deactivate",
    icon: <IconUserOff size={16} aria-hidden />,
    color: "red",
    danger: true,
    question: (name: string) =>
      `${name} is signed out on every device at once, and cannot sign in with a password, a passkey or a code until you reactivate them. Their passkeys and history are kept.`,
    done: "User deactivated",
    outcome: (name: string) => `${name} is signed out everywhere and cannot sign in until reactivated.`,
    failed: "Not deactivated",
  },
  reactivate: {
    label: "Reactivate",
    icon: <IconUserCheck size={16} aria-hidden />,
    color: "teal",
    danger: false,
    question: (name: string) =>
      `${name} can sign in again with their password, passkeys or a code. Sessions that ended stay ended.`,
    done: "User reactivated",
    outcome: (name: string) => `${name} can sign in again.`,
    failed: "Not reactivated",
  },
};

/** Deactivate an active user (after asking), or reactivate a deactivated one. */
export function ActivationButton({ user }: { user: { id: string; displayName: string; active: boolean } }) {
  const [deactivate] = useMutation(DeactivateUserMutation, { refetchQueries: ["PasskeyStats"] });
  const [reactivate] = useMutation(ReactivateUserMutation, { refetchQueries: ["PasskeyStats"] });
  const action = user.active ? actions.deactivate : actions.reactivate;
  const name = user.displayName;

  async function run() {
    try {
      await (user.active ? deactivate : reactivate)({ variables: { userId: user.id } });
      notifySuccess(action.done, action.outcome(name));
    } catch (e) {
      notifyError(action.failed, e);
    }
  }

  return (
    <Button
      leftSection={action.icon}
      variant="light"
      color={action.color}
      onClick={() =>
        confirmAction({
          title: `${action.label} ${name}?`,
          body: action.question(name),
          confirmLabel: action.label,
          danger: action.danger,
          onConfirm: run,
        })
      }
    >
      {action.label}
    </Button>
  );
}
