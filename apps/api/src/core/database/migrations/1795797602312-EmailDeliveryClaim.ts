import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailDeliveryClaim1795797602312 implements MigrationInterface {
  name = 'EmailDeliveryClaim1795797602312';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_delivery" ADD "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "email_delivery" ALTER COLUMN "sent_at" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "email_delivery" ALTER COLUMN "sent_at" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_delivery" ALTER COLUMN "sent_at" SET DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "email_delivery" ALTER COLUMN "sent_at" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "email_delivery" DROP COLUMN "claimed_at"`);
  }
}
