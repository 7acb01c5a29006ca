import { EmailDeliveryEntity } from '../mail/email-delivery.entity';
import { OutboxEventEntity } from '../outbox/outbox-event.entity';
import { ApiTokenEntity } from '../../modules/identity/entities/api-token.entity';
import { EmailTokenEntity } from '../../modules/identity/entities/email-token.entity';
import { SessionEntity } from '../../modules/identity/entities/session.entity';
import { UserEntity } from '../../modules/identity/entities/user.entity';
import { InvitationEntity } from '../../modules/organizations/entities/invitation.entity';
import { MembershipEntity } from '../../modules/organizations/entities/membership.entity';
import { OrganizationEntity } from '../../modules/organizations/entities/organization.entity';
import { CpvCodeEntity, NafCodeEntity, PlaceEntity } from '../../modules/reference-data/entities/nomenclature.entity';
import { SectorEntity, SectorGroupEntity } from '../../modules/reference-data/entities/sector.entity';
import { FavouriteListEntity, FavouriteListItemEntity } from '../../modules/favourites/entities/favourite-list.entity';
import { StatusProofEntity } from '../../modules/status-proofs/entities/status-proof.entity';
import { ActivityEntity } from '../../modules/suppliers/entities/activity.entity';
import { OfferEntity } from '../../modules/suppliers/entities/offer.entity';
import { SupplierClaimEntity } from '../../modules/suppliers/entities/supplier-claim.entity';
import { SupplierKindEntity } from '../../modules/suppliers/entities/supplier-kind.entity';
import { SupplierProfileEntity } from '../../modules/suppliers/entities/supplier-profile.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { SavedSearchEntity } from '../../modules/alerts/entities/saved-search.entity';
import { ConsortiumEntity, ConsortiumMemberEntity, PartnerApplicationEntity, PartnerCallEntity } from '../../modules/consortia/entities/consortium.entity';
import { MessageEntity, MessageThreadEntity, MessageThreadReadEntity } from '../../modules/messaging/entities/message.entity';
import { ResponseEntity, ResponseVersionEntity } from '../../modules/responses/entities/response.entity';
import { NeedMatchEntity, NeedSupplierEntity } from '../../modules/matching/entities/need-match.entity';
import { NeedEntity, NeedInvitationEntity, NeedLotEntity, NeedVersionEntity } from '../../modules/needs/entities/need.entity';
import { NotificationEntity, NotificationPreferenceEntity } from '../../modules/notifications/entities/notification.entity';

/**
 * The one list of mapped entities, shared by the API, worker, CLI and the migration drift check.
 * (The composition root is the only place in core/ that names feature entities.)
 */
export const ENTITIES = [
  UserEntity, SessionEntity, EmailTokenEntity, ApiTokenEntity,
  OrganizationEntity, MembershipEntity, InvitationEntity,
  SectorGroupEntity, SectorEntity, CpvCodeEntity, NafCodeEntity, PlaceEntity,
  SupplierProfileEntity, SupplierKindEntity, ActivityEntity, OfferEntity, SupplierClaimEntity,
  StoredFileEntity, StatusProofEntity, FavouriteListEntity, FavouriteListItemEntity,
  NeedEntity, NeedLotEntity, NeedVersionEntity, NeedInvitationEntity, NeedMatchEntity, NeedSupplierEntity,
  NotificationEntity, NotificationPreferenceEntity, SavedSearchEntity,
  ConsortiumEntity, ConsortiumMemberEntity, PartnerCallEntity, PartnerApplicationEntity, ResponseEntity, ResponseVersionEntity,
  MessageThreadEntity, MessageEntity, MessageThreadReadEntity,
  OutboxEventEntity, EmailDeliveryEntity,
];
