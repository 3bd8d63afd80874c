using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Kernel.Persistence.Migrations;

[DbContext(typeof(KernelDbContext))]
[Migration("20261122090000_CreateKernelTables")]
internal sealed class CreateKernelTables : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("kernel_outbox", t => new
        {
            Id = t.Identity(),
            Kind = t.Column<int>(nullable: false),
            Consumer = t.Column<string>(nullable: false),
            MessageType = t.Column<string>(nullable: false),
            Payload = t.Column<string>(nullable: false),
            CorrelationId = t.Column<string>(nullable: false),
            CreatedAt = t.Instant(migration),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptAt = t.Instant(migration, nullable: true),
            DeliveredAt = t.Instant(migration, nullable: true),
            FailedAt = t.Instant(migration, nullable: true),
            LastError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_kernel_outbox", x => x.Id));
        migration.CreateIndex("IX_kernel_outbox_DeliveredAt_NextAttemptAt", "kernel_outbox", ["DeliveredAt", "NextAttemptAt"]);

        migration.CreateTable("kernel_inbox", t => new
        {
            Consumer = t.Column<string>(nullable: false),
            MessageId = t.Column<long>(nullable: false),
            ProcessedAt = t.Instant(migration),
        }, constraints: t => t.PrimaryKey("PK_kernel_inbox", x => new { x.Consumer, x.MessageId }));

        migration.CreateTable("kernel_idempotency", t => new
        {
            MessageName = t.Column<string>(nullable: false),
            Key = t.Column<string>(nullable: false),
            RequestHash = t.Column<string>(nullable: false),
            ResultJson = t.Column<string>(nullable: false),
            CreatedAt = t.Instant(migration),
        }, constraints: t => t.PrimaryKey("PK_kernel_idempotency", x => new { x.MessageName, x.Key }));

        migration.CreateTable("kernel_sequences", t => new
        {
            Name = t.Column<string>(nullable: false),
            Value = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_kernel_sequences", x => x.Name));
    }
}
