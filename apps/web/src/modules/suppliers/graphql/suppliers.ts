import { gql } from 'urql';
import type { OkPayload } from '../../../shared/graphql/types';
import type {
  Activity,
  CpvCode,
  Eligibility,
  Offer,
  Place,
  ReservationType,
  SectorGroup,
  SiretCheck,
  Supplier,
  SupplierClaim,
  UpdateSupplierProfileInput,
  UpsertActivityInput,
  UpsertOfferInput,
} from '../types';

export const PLACE_FIELDS = gql`
  fragment PlaceFields on Place {
    code
    name
    kind
    departementCode
    regionCode
    postcodes
  }
`;

export const ACTIVITY_FIELDS = gql`
  fragment ActivityFields on Activity {
    id
    sector {
      slug
      nameFr
      nameEn
      groupSlug
    }
    serviceTypes
    areaKind
    regions {
      ...PlaceFields
    }
    departements {
      ...PlaceFields
    }
    communes {
      ...PlaceFields
    }
    radiusKm
    position
  }
  ${PLACE_FIELDS}
`;

export const OFFER_FIELDS = gql`
  fragment OfferFields on Offer {
    id
    name
    description
    cpvCodes {
      code
      labelFr
      labelEn
    }
    unit
    priceMinEur
    priceMaxEur
    leadTimeDays
    minimumOrder
    capacityQuantity
    capacityPeriod
    imageUrls
    position
  }
`;

export const KIND_STATUS_FIELDS = gql`
  fragment KindStatusFields on SupplierKindStatus {
    kind
    labelFr
    labelEn
    status
    verifiedUntil
  }
`;

export const SUPPLIER_FIELDS = gql`
  fragment SupplierFields on Supplier {
    id
    name
    brand
    siret
    siren
    nafCode
    nafLabel
    legalForm
    kinds {
      ...KindStatusFields
    }
    description
    website
    logoUrl
    address
    postcode
    city
    departementCode
    communeCode
    headcountPermanent
    headcountInsertion
    disabledWorkersShare
    disadvantagedWorkersShare
    revenueEur
    yearFounded
    certifications
    networks
    clientReferences {
      name
      description
      year
    }
    productionMeans
    capacity {
      quantity
      maxQuantity
      unit
      period
    }
    activities {
      ...ActivityFields
    }
    offers {
      ...OfferFields
    }
    claimed
    completion {
      score
      missing
    }
    badges {
      reservation
      status
      label
      proofValidUntil
    }
    updatedAt
  }
  ${KIND_STATUS_FIELDS}
  ${ACTIVITY_FIELDS}
  ${OFFER_FIELDS}
`;

export const SUPPLIER_QUERY = gql<{ supplier: Supplier }, { id: string }>`
  query Supplier($id: ID!) {
    supplier(id: $id) {
      ...SupplierFields
    }
  }
  ${SUPPLIER_FIELDS}
`;

export const MY_SUPPLIER_QUERY = gql<{ mySupplier: Supplier | null }, Record<string, never>>`
  query MySupplier {
    mySupplier {
      ...SupplierFields
    }
  }
  ${SUPPLIER_FIELDS}
`;

export const ELIGIBILITY_QUERY = gql<{ eligibility: Eligibility }, { supplierId: string; reservation: ReservationType }>`
  query Eligibility($supplierId: ID!, $reservation: ReservationType!) {
    eligibility(supplierId: $supplierId, reservation: $reservation) {
      status
      reservation
      at
      reasons {
        code
        message
        kind
        proofValidUntil
      }
    }
  }
`;

export const UPDATE_SUPPLIER_PROFILE_MUTATION = gql<{ updateSupplierProfile: Supplier }, { input: UpdateSupplierProfileInput }>`
  mutation UpdateSupplierProfile($input: UpdateSupplierProfileInput!) {
    updateSupplierProfile(input: $input) {
      ...SupplierFields
    }
  }
  ${SUPPLIER_FIELDS}
`;

export const UPSERT_ACTIVITY_MUTATION = gql<{ upsertActivity: Activity }, { input: UpsertActivityInput }>`
  mutation UpsertActivity($input: UpsertActivityInput!) {
    upsertActivity(input: $input) {
      ...ActivityFields
    }
  }
  ${ACTIVITY_FIELDS}
`;

export const DELETE_ACTIVITY_MUTATION = gql<{ deleteActivity: OkPayload }, { input: { supplierId: string; id: string } }>`
  mutation DeleteActivity($input: DeleteSupplierItemInput!) {
    deleteActivity(input: $input) {
      ok
    }
  }
`;

export const REORDER_ACTIVITIES_MUTATION = gql<{ reorderActivities: Activity[] }, { input: { supplierId: string; ids: string[] } }>`
  mutation ReorderActivities($input: ReorderInput!) {
    reorderActivities(input: $input) {
      ...ActivityFields
    }
  }
  ${ACTIVITY_FIELDS}
`;

export const UPSERT_OFFER_MUTATION = gql<{ upsertOffer: Offer }, { input: UpsertOfferInput }>`
  mutation UpsertOffer($input: UpsertOfferInput!) {
    upsertOffer(input: $input) {
      ...OfferFields
    }
  }
  ${OFFER_FIELDS}
`;

export const DELETE_OFFER_MUTATION = gql<{ deleteOffer: OkPayload }, { input: { supplierId: string; id: string } }>`
  mutation DeleteOffer($input: DeleteSupplierItemInput!) {
    deleteOffer(input: $input) {
      ok
    }
  }
`;

export const REORDER_OFFERS_MUTATION = gql<{ reorderOffers: Offer[] }, { input: { supplierId: string; ids: string[] } }>`
  mutation ReorderOffers($input: ReorderInput!) {
    reorderOffers(input: $input) {
      ...OfferFields
    }
  }
  ${OFFER_FIELDS}
`;

// ---- Reference data -------------------------------------------------------------------------------

export const PLACES_QUERY = gql<{ places: Place[] }, { q: string; first?: number }>`
  query Places($q: String!, $first: Int! = 20) {
    places(q: $q, first: $first) {
      ...PlaceFields
    }
  }
  ${PLACE_FIELDS}
`;

export const SECTORS_QUERY = gql<{ sectors: SectorGroup[] }, Record<string, never>>`
  query Sectors {
    sectors {
      slug
      nameFr
      nameEn
      sectors {
        slug
        nameFr
        nameEn
        groupSlug
      }
    }
  }
`;

export const CPV_CODES_QUERY = gql<{ cpvCodes: CpvCode[] }, { q: string; first?: number }>`
  query CpvCodes($q: String!, $first: Int! = 20) {
    cpvCodes(q: $q, first: $first) {
      code
      labelFr
      labelEn
    }
  }
`;

// ---- SIRET check and claims -----------------------------------------------------------------------

export const CHECK_SIRET_QUERY = gql<{ checkSiret: SiretCheck }, { siret: string }>`
  query CheckSiret($siret: String!) {
    checkSiret(siret: $siret) {
      siret
      valid
      onPlatform
      supplierId
      name
      claimed
      kinds {
        ...KindStatusFields
      }
    }
  }
  ${KIND_STATUS_FIELDS}
`;

export const CLAIM_FIELDS = gql`
  fragment ClaimFields on SupplierClaim {
    id
    supplierId
    supplierName
    siret
    requesterName
    requesterEmail
    status
    message
    createdAt
    decidedAt
    decisionReason
  }
`;

export const CLAIM_SUPPLIER_MUTATION = gql<{ claimSupplier: SupplierClaim }, { input: { siret: string; message?: string | null } }>`
  mutation ClaimSupplier($input: ClaimSupplierInput!) {
    claimSupplier(input: $input) {
      ...ClaimFields
    }
  }
  ${CLAIM_FIELDS}
`;

export const SUPPLIER_CLAIMS_QUERY = gql<{ supplierClaims: SupplierClaim[] }, { supplierId?: string | null }>`
  query SupplierClaims($supplierId: ID) {
    supplierClaims(supplierId: $supplierId) {
      ...ClaimFields
    }
  }
  ${CLAIM_FIELDS}
`;

export const DECIDE_CLAIM_MUTATION = gql<
  { decideSupplierClaim: SupplierClaim },
  { input: { claimId: string; approve: boolean; reason?: string | null } }
>`
  mutation DecideSupplierClaim($input: DecideClaimInput!) {
    decideSupplierClaim(input: $input) {
      ...ClaimFields
    }
  }
  ${CLAIM_FIELDS}
`;
