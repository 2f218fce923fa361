import { useApolloClient, useMutation } from "@apollo/client/react";
import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/browser";
import { useCallback } from "react";
import { writeViewer } from "../../lib/viewer";
import { rpIdFrom, useRememberUserHandle, userHandleFromCreationOptions } from "../../lib/webauthn";
import { OwnPasskeysQuery, signalOwnPasskeys } from "../../lib/ownPasskeys";
import { FinishPasskeyRegistrationMutation, StartPasskeyRegistrationMutation } from "./operations";

/**
 * The registration ceremony: options from the API, the browser's passkey
 * dialog, the response back to the API. The API answers with the new viewer
 * (a restricted session is lifted and its cookie rotated), which replaces the
 * cached one so the auth gate lets the user through.
 */
export function useRegisterPasskey() {
  const client = useApolloClient();
  const [start] = useMutation(StartPasskeyRegistrationMutation);
  const [finish] = useMutation(FinishPasskeyRegistrationMutation);
  const rememberUserHandle = useRememberUserHandle();

  return useCallback(
    async (name?: string) => {
      const started = await start();
      const { challengeId, options } = started.data!.startPasskeyRegistration;
      const optionsJSON = options as PublicKeyCredentialCreationOptionsJSON;
      const response = await startRegistration({ optionsJSON });
      const finished = await finish({
        variables: {
          input: { challengeId, response, name: name?.trim() || null },
        },
        refetchQueries: [OwnPasskeysQuery],
      });
      const payload = finished.data!.finishPasskeyRegistration;
      writeViewer(client, payload.viewer);
      if (payload.viewer.user) rememberUserHandle(payload.viewer.user.id, userHandleFromCreationOptions(optionsJSON));
      void signalOwnPasskeys(client, { rpId: rpIdFrom(optionsJSON) });
      return payload;
    },
    [client, finish, rememberUserHandle, start],
  );
}
