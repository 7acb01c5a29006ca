import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupplierDirectory1795786366085 implements MigrationInterface {
  name = 'SupplierDirectory1795786366085';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "favourite_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_favourite_list" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_favourite_list_name" ON "favourite_list"  ("organization_id", "name") `);
    await queryRunner.query(`CREATE TABLE "favourite_list_item" ("list_id" uuid NOT NULL, "supplier_organization_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_favourite_list_item" PRIMARY KEY ("list_id", "supplier_organization_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_favourite_list_item_supplier" ON "favourite_list_item"  ("supplier_organization_id") `);
    await queryRunner.query(`CREATE TABLE "stored_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_organization_id" uuid NOT NULL, "purpose" character varying(24) NOT NULL, "storage_key" character varying(200) NOT NULL, "mime_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "display_name" character varying(200) NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_stored_file" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_stored_file_owner" ON "stored_file"  ("owner_organization_id") `);
    await queryRunner.query(`CREATE TABLE "status_proof" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "proof_type" character varying(40) NOT NULL, "reference" character varying(120), "valid_from" date, "valid_until" date, "file_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "rejection_reason" text, "submitted_by_user_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reviewed_by_user_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "expiry_notified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_status_proof" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_status_proof_status_valid_until" ON "status_proof"  ("status", "valid_until") `);
    await queryRunner.query(`CREATE INDEX "ix_status_proof_organization" ON "status_proof"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "supplier_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "sector_slug" character varying(120) NOT NULL, "service_types" text array NOT NULL, "area_kind" character varying(16) NOT NULL, "region_codes" text array NOT NULL DEFAULT '{}', "departement_codes" text array NOT NULL DEFAULT '{}', "commune_codes" text array NOT NULL DEFAULT '{}', "radius_km" integer, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_supplier_activity" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_supplier_activity_sector" ON "supplier_activity"  ("sector_slug") `);
    await queryRunner.query(`CREATE INDEX "ix_supplier_activity_organization" ON "supplier_activity"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "supplier_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" text, "cpv_codes" text array NOT NULL DEFAULT '{}', "unit" character varying(40), "price_min_eur" double precision, "price_max_eur" double precision, "lead_time_days" integer, "minimum_order" double precision, "capacity_quantity" double precision, "capacity_period" character varying(8), "image_file_ids" uuid array NOT NULL DEFAULT '{}', "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_supplier_offer" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_supplier_offer_organization" ON "supplier_offer"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "supplier_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "message" text, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_supplier_claim" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_supplier_claim_pending" ON "supplier_claim"  ("organization_id", "user_id") WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE TABLE "supplier_kind" ("organization_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DECLARED', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_supplier_kind" PRIMARY KEY ("organization_id", "kind"))`);
    await queryRunner.query(`CREATE INDEX "ix_supplier_kind_kind_status" ON "supplier_kind"  ("kind", "status") `);
    // Kinds move from an array column to one row per kind (with its verification status): backfill, then drop.
    await queryRunner.query(`INSERT INTO "supplier_kind" ("organization_id", "kind") SELECT "organization_id", unnest("kinds") FROM "supplier_profile" ON CONFLICT DO NOTHING`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "kinds"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "site_commune_code" character varying(5)`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "logo_file_id" uuid`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "headcount_permanent" integer`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "headcount_insertion" integer`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "disabled_workers_share" double precision`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "disadvantaged_workers_share" double precision`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "revenue_eur" bigint`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "year_founded" integer`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "certifications" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "networks" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "client_references" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "production_means" text`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "capacity_quantity" double precision`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "capacity_max_quantity" double precision`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "capacity_unit" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "capacity_period" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "favourite_list" ADD CONSTRAINT "fk_favourite_list_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "favourite_list_item" ADD CONSTRAINT "fk_favourite_list_item_list" FOREIGN KEY ("list_id") REFERENCES "favourite_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "favourite_list_item" ADD CONSTRAINT "fk_favourite_list_item_supplier" FOREIGN KEY ("supplier_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "status_proof" ADD CONSTRAINT "fk_status_proof_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "status_proof" ADD CONSTRAINT "fk_status_proof_file" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supplier_activity" ADD CONSTRAINT "fk_supplier_activity_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supplier_activity" ADD CONSTRAINT "fk_supplier_activity_sector" FOREIGN KEY ("sector_slug") REFERENCES "sector"("slug") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supplier_offer" ADD CONSTRAINT "fk_supplier_offer_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supplier_claim" ADD CONSTRAINT "fk_supplier_claim_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supplier_kind" ADD CONSTRAINT "fk_supplier_kind_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supplier_kind" DROP CONSTRAINT "fk_supplier_kind_organization"`);
    await queryRunner.query(`ALTER TABLE "supplier_claim" DROP CONSTRAINT "fk_supplier_claim_organization"`);
    await queryRunner.query(`ALTER TABLE "supplier_offer" DROP CONSTRAINT "fk_supplier_offer_organization"`);
    await queryRunner.query(`ALTER TABLE "supplier_activity" DROP CONSTRAINT "fk_supplier_activity_sector"`);
    await queryRunner.query(`ALTER TABLE "supplier_activity" DROP CONSTRAINT "fk_supplier_activity_organization"`);
    await queryRunner.query(`ALTER TABLE "status_proof" DROP CONSTRAINT "fk_status_proof_file"`);
    await queryRunner.query(`ALTER TABLE "status_proof" DROP CONSTRAINT "fk_status_proof_organization"`);
    await queryRunner.query(`ALTER TABLE "favourite_list_item" DROP CONSTRAINT "fk_favourite_list_item_supplier"`);
    await queryRunner.query(`ALTER TABLE "favourite_list_item" DROP CONSTRAINT "fk_favourite_list_item_list"`);
    await queryRunner.query(`ALTER TABLE "favourite_list" DROP CONSTRAINT "fk_favourite_list_organization"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "capacity_period"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "capacity_unit"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "capacity_max_quantity"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "capacity_quantity"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "production_means"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "client_references"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "networks"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "certifications"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "year_founded"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "revenue_eur"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "disadvantaged_workers_share"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "disabled_workers_share"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "headcount_insertion"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "headcount_permanent"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "logo_file_id"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP COLUMN "site_commune_code"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD "kinds" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`DROP INDEX "public"."ix_supplier_kind_kind_status"`);
    await queryRunner.query(`DROP TABLE "supplier_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_supplier_claim_pending"`);
    await queryRunner.query(`DROP TABLE "supplier_claim"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supplier_offer_organization"`);
    await queryRunner.query(`DROP TABLE "supplier_offer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supplier_activity_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supplier_activity_sector"`);
    await queryRunner.query(`DROP TABLE "supplier_activity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_status_proof_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_status_proof_status_valid_until"`);
    await queryRunner.query(`DROP TABLE "status_proof"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stored_file_owner"`);
    await queryRunner.query(`DROP TABLE "stored_file"`);
    await queryRunner.query(`DROP INDEX "public"."ix_favourite_list_item_supplier"`);
    await queryRunner.query(`DROP TABLE "favourite_list_item"`);
    await queryRunner.query(`DROP INDEX "public"."uq_favourite_list_name"`);
    await queryRunner.query(`DROP TABLE "favourite_list"`);
  }
}
