import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedsMatchingNotifications1795795088157 implements MigrationInterface {
  name = 'NeedsMatchingNotifications1795795088157';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_search" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "target" character varying(12) NOT NULL, "query" character varying(200) NOT NULL DEFAULT '', "filters" jsonb NOT NULL DEFAULT '{}', "frequency" character varying(8) NOT NULL, "last_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_saved_search" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_saved_search_due" ON "saved_search"  ("frequency", "last_run_at") `);
    await queryRunner.query(`CREATE INDEX "ix_saved_search_user" ON "saved_search"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "buyer_organization_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "description_html" text NOT NULL DEFAULT '', "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "visibility" character varying(8) NOT NULL DEFAULT 'PUBLIC', "consortia_allowed" boolean NOT NULL DEFAULT true, "verified_only" boolean NOT NULL DEFAULT false, "deadline_at" TIMESTAMP WITH TIME ZONE NOT NULL, "start_date" date, "duration_months" integer, "questions" jsonb NOT NULL DEFAULT '[]', "attachment_file_ids" uuid array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "status_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_need" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_need_status_deadline" ON "need"  ("status", "deadline_at") `);
    await queryRunner.query(`CREATE INDEX "ix_need_buyer" ON "need"  ("buyer_organization_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "need_lot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "title" character varying(200) NOT NULL, "description" text, "sector_slugs" text array NOT NULL DEFAULT '{}', "cpv_codes" text array NOT NULL DEFAULT '{}', "service_types" text array NOT NULL DEFAULT '{}', "quantity" double precision, "unit" character varying(40), "amount_min_eur" double precision, "amount_max_eur" double precision, "place_kind" character varying(12) NOT NULL, "place_code" character varying(8), "radius_km" integer, "reservation" character varying(32) NOT NULL DEFAULT 'NONE', "social_clause_hours" integer, CONSTRAINT "ck_need_lot_amount" CHECK (amount_min_eur IS NULL OR amount_max_eur IS NULL OR amount_min_eur <= amount_max_eur), CONSTRAINT "pk_need_lot" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_need_lot_need" ON "need_lot"  ("need_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "need_version" ("need_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "changed_fields" text array NOT NULL DEFAULT '{}', "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_need_version" PRIMARY KEY ("need_id", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "need_invitation" ("need_id" uuid NOT NULL, "supplier_organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_need_invitation" PRIMARY KEY ("need_id", "supplier_organization_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_need_invitation_supplier" ON "need_invitation"  ("supplier_organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "need_match" ("lot_id" uuid NOT NULL, "supplier_organization_id" uuid NOT NULL, "need_id" uuid NOT NULL, "reasons" jsonb NOT NULL, "matched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_need_match" PRIMARY KEY ("lot_id", "supplier_organization_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_need_match_supplier" ON "need_match"  ("supplier_organization_id", "matched_at") `);
    await queryRunner.query(`CREATE INDEX "ix_need_match_need" ON "need_match"  ("need_id") `);
    await queryRunner.query(
      `CREATE TABLE "need_supplier" ("need_id" uuid NOT NULL, "supplier_organization_id" uuid NOT NULL, "matched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "notified_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "viewed_at" TIMESTAMP WITH TIME ZONE, "interest" character varying(12), "interest_at" TIMESTAMP WITH TIME ZONE, "decline_reason" character varying(500), "responded_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "notified_version" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_need_supplier" PRIMARY KEY ("need_id", "supplier_organization_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_need_supplier_supplier" ON "need_supplier"  ("supplier_organization_id", "notified_at") `);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "category" character varying(24) NOT NULL, "dedupe_key" character varying(160) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "need_id" uuid, "email_state" character varying(12) NOT NULL DEFAULT 'PENDING', "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notification_digest" ON "notification"  ("email_state") WHERE email_state = 'DIGEST'`);
    await queryRunner.query(`CREATE INDEX "ix_notification_user" ON "notification"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notification_dedupe" ON "notification"  ("user_id", "dedupe_key") `);
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "category" character varying(24) NOT NULL, "email_enabled" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification_preference" PRIMARY KEY ("user_id", "category"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_supplier_offer_cpv_codes" ON "supplier_offer" USING gin ("cpv_codes") `);
    await queryRunner.query(
      `ALTER TABLE "saved_search" ADD CONSTRAINT "fk_saved_search_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_search" ADD CONSTRAINT "fk_saved_search_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "fk_need_buyer" FOREIGN KEY ("buyer_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need" ADD CONSTRAINT "fk_need_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_lot" ADD CONSTRAINT "fk_need_lot_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_version" ADD CONSTRAINT "fk_need_version_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_invitation" ADD CONSTRAINT "fk_need_invitation_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_invitation" ADD CONSTRAINT "fk_need_invitation_supplier" FOREIGN KEY ("supplier_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_match" ADD CONSTRAINT "fk_need_match_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_match" ADD CONSTRAINT "fk_need_match_lot" FOREIGN KEY ("lot_id") REFERENCES "need_lot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_match" ADD CONSTRAINT "fk_need_match_supplier" FOREIGN KEY ("supplier_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_supplier" ADD CONSTRAINT "fk_need_supplier_need" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_supplier" ADD CONSTRAINT "fk_need_supplier_supplier" FOREIGN KEY ("supplier_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "fk_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "fk_notification_preference_user"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_organization"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_user"`);
    await queryRunner.query(`ALTER TABLE "need_supplier" DROP CONSTRAINT "fk_need_supplier_supplier"`);
    await queryRunner.query(`ALTER TABLE "need_supplier" DROP CONSTRAINT "fk_need_supplier_need"`);
    await queryRunner.query(`ALTER TABLE "need_match" DROP CONSTRAINT "fk_need_match_supplier"`);
    await queryRunner.query(`ALTER TABLE "need_match" DROP CONSTRAINT "fk_need_match_lot"`);
    await queryRunner.query(`ALTER TABLE "need_match" DROP CONSTRAINT "fk_need_match_need"`);
    await queryRunner.query(`ALTER TABLE "need_invitation" DROP CONSTRAINT "fk_need_invitation_supplier"`);
    await queryRunner.query(`ALTER TABLE "need_invitation" DROP CONSTRAINT "fk_need_invitation_need"`);
    await queryRunner.query(`ALTER TABLE "need_version" DROP CONSTRAINT "fk_need_version_need"`);
    await queryRunner.query(`ALTER TABLE "need_lot" DROP CONSTRAINT "fk_need_lot_need"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "fk_need_created_by"`);
    await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "fk_need_buyer"`);
    await queryRunner.query(`ALTER TABLE "saved_search" DROP CONSTRAINT "fk_saved_search_organization"`);
    await queryRunner.query(`ALTER TABLE "saved_search" DROP CONSTRAINT "fk_saved_search_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supplier_offer_cpv_codes"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_dedupe"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_digest"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_supplier_supplier"`);
    await queryRunner.query(`DROP TABLE "need_supplier"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_match_need"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_match_supplier"`);
    await queryRunner.query(`DROP TABLE "need_match"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_invitation_supplier"`);
    await queryRunner.query(`DROP TABLE "need_invitation"`);
    await queryRunner.query(`DROP TABLE "need_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_lot_need"`);
    await queryRunner.query(`DROP TABLE "need_lot"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_buyer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_need_status_deadline"`);
    await queryRunner.query(`DROP TABLE "need"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_search_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_search_due"`);
    await queryRunner.query(`DROP TABLE "saved_search"`);
  }
}
