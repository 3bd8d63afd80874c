using Complaints.Lifecycle;
using Microsoft.Extensions.Hosting;

namespace Complaints.Intake.Tests;

/// <summary>Intake with the Lifecycle it moves, one host per provider and profile for a test class.</summary>
public sealed class IntakeHosts : ModuleHostFixture
{
    protected override void AddModules(IHostApplicationBuilder builder) => builder.AddLifecycleModule().AddIntakeModule();
}
