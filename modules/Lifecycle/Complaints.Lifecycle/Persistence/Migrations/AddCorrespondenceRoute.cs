using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Complaints.Lifecycle.Persistence.Migrations;

[DbContext(typeof(LifecycleDbContext))]
[Migration("20261122171000_AddCorrespondenceRoute")]
internal sealed class AddCorrespondenceRoute : Migration
{
    protected override void Up(MigrationBuilder migration) =>
        migration.AddColumn<bool>("Correspondence", "lifecycle_cases", nullable: false, defaultValue: false);
}
