import { graphql } from "../../graphql";

export const PasskeySecurityProfileQuery = graphql(`
  query PasskeySecurityProfile($organisationId: ID!) {
    passkeySecurityProfile(organisationId: $organisationId) {
      organisationId
      organisationName
      rpId
      rpName
      webOrigins
      androidAppOrigins
      iosAppIds
      requirement
      userVerification
      requireAttestation
      attestationTrustRootsConfigured
      allowedAuthenticators {
        aaguid
        name
      }
      allowPasswordAfterPasskey
      sessionIdleMinutes
      sessionAbsoluteHours
      rateLimits {
        accountAttempts
        accountWindowMinutes
        accountBlockMinutes
        ipAttempts
        ipWindowMinutes
      }
      challengeMinutes
      signInCodeMinutes
      signInCodeTries
      auditRetentionDays
      passkeys {
        total
        synced
        deviceBound
      }
      generatedAt
    }
  }
`);
