import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795784593890 implements MigrationInterface {
  name = 'Init1795784593890';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Accent-insensitive and fuzzy text search on reference data and suppliers.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE TABLE "email_delivery" ("idempotency_key" character varying(120) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_email_delivery" PRIMARY KEY ("idempotency_key"))`);
    await queryRunner.query(`CREATE TABLE "outbox_event" ("id" BIGSERIAL NOT NULL, "type" character varying(64) NOT NULL, "aggregate_type" character varying(64) NOT NULL, "aggregate_id" character varying(64) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_outbox_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_event_unpublished" ON "outbox_event"  ("id") WHERE published_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "password_hash" character varying(255) NOT NULL, "locale" character varying(2) NOT NULL DEFAULT 'fr', "email_verified_at" TIMESTAMP WITH TIME ZONE, "is_staff" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_app_user_email" UNIQUE ("email"), CONSTRAINT "pk_app_user" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "role" character varying(16) NOT NULL DEFAULT 'MEMBER', "token_hash" character(64) NOT NULL, "token_prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_api_token" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_api_token_organization" ON "api_token"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_token_hash" ON "api_token"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "email_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(32) NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_email_token" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_email_token_hash" ON "email_token"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "active_organization_id" uuid, "ip" character varying(64), "user_agent" character varying(400), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_user_session" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_session_user" ON "user_session"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_session_token_hash" ON "user_session"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "type" character varying(16) NOT NULL, "regime" character varying(16), "siret" character(14), "siren" character(9), "source" character varying(16) NOT NULL DEFAULT 'SIGNUP', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organization_regime" CHECK ((type = 'BUYER' AND regime IS NOT NULL) OR (type = 'SUPPLIER' AND regime IS NULL)), CONSTRAINT "pk_organization" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_organization_siren" ON "organization"  ("siren") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_siret" ON "organization"  ("siret") WHERE siret IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(16) NOT NULL, "token_hash" character(64), "invited_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, CONSTRAINT "pk_invitation" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_invitation_organization" ON "invitation"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_invitation_token_hash" ON "invitation"  ("token_hash") WHERE token_hash IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "membership" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_membership" PRIMARY KEY ("organization_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_membership_user" ON "membership"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "cpv_code" ("code" character varying(10) NOT NULL, "code8" character(8) NOT NULL, "label_fr" text NOT NULL, "label_en" text NOT NULL, "level" character varying(16) NOT NULL, "parent_code" character varying(10), CONSTRAINT "pk_cpv_code" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "naf_code" ("code" character varying(6) NOT NULL, "level" character varying(16) NOT NULL, "label_fr" text NOT NULL, "section" character(1) NOT NULL, "parent" character varying(6), CONSTRAINT "pk_naf_code" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "place" ("kind" character varying(12) NOT NULL, "code" character varying(5) NOT NULL, "name" character varying(200) NOT NULL, "departement_code" character varying(3), "region_code" character varying(3), "postcodes" text array NOT NULL DEFAULT '{}', "latitude" double precision, "longitude" double precision, CONSTRAINT "pk_place" PRIMARY KEY ("kind", "code"))`);
    await queryRunner.query(`CREATE TABLE "sector_group" ("slug" character varying(120) NOT NULL, "name_fr" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "position" integer NOT NULL, CONSTRAINT "pk_sector_group" PRIMARY KEY ("slug"))`);
    await queryRunner.query(`CREATE TABLE "sector" ("slug" character varying(120) NOT NULL, "group_slug" character varying(120) NOT NULL, "name_fr" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "position" integer NOT NULL, CONSTRAINT "pk_sector" PRIMARY KEY ("slug"))`);
    await queryRunner.query(`CREATE INDEX "ix_sector_group" ON "sector"  ("group_slug") `);
    await queryRunner.query(`CREATE TABLE "supplier_profile" ("organization_id" uuid NOT NULL, "kinds" text array NOT NULL DEFAULT '{}', "brand" character varying(200), "description" text, "naf_code" character varying(6), "legal_form" character varying(120), "address" character varying(300), "postcode" character varying(5), "city" character varying(120), "departement_code" character varying(3), "latitude" double precision, "longitude" double precision, "website" character varying(300), "employees_range" character varying(60), "data_source" character varying(60), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_supplier_profile" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_supplier_profile_departement" ON "supplier_profile"  ("departement_code") `);
    await queryRunner.query(`ALTER TABLE "api_token" ADD CONSTRAINT "fk_api_token_user" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "email_token" ADD CONSTRAINT "fk_email_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "fk_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sector" ADD CONSTRAINT "fk_sector_group" FOREIGN KEY ("group_slug") REFERENCES "sector_group"("slug") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD CONSTRAINT "fk_supplier_profile_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP CONSTRAINT "fk_supplier_profile_organization"`);
    await queryRunner.query(`ALTER TABLE "sector" DROP CONSTRAINT "fk_sector_group"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_user"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_organization"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_organization"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "fk_user_session_user"`);
    await queryRunner.query(`ALTER TABLE "email_token" DROP CONSTRAINT "fk_email_token_user"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "fk_api_token_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supplier_profile_departement"`);
    await queryRunner.query(`DROP TABLE "supplier_profile"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sector_group"`);
    await queryRunner.query(`DROP TABLE "sector"`);
    await queryRunner.query(`DROP TABLE "sector_group"`);
    await queryRunner.query(`DROP TABLE "place"`);
    await queryRunner.query(`DROP TABLE "naf_code"`);
    await queryRunner.query(`DROP TABLE "cpv_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_membership_user"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invitation_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invitation_organization"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organization_siret"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_siren"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_session_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_session_user"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_email_token_hash"`);
    await queryRunner.query(`DROP TABLE "email_token"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_api_token_organization"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_unpublished"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
    await queryRunner.query(`DROP TABLE "email_delivery"`);
  }
}
