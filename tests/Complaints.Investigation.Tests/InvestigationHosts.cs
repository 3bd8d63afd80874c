using Complaints.Compensation;
using Complaints.Lifecycle;
using Microsoft.Extensions.Hosting;

namespace Complaints.Investigation.Tests;

/// <summary>
/// Investigation with what it works through: the Lifecycle it moves, Compensation's awards a response may name (with
/// the host's rates and bands), and complaints on record in Intake's place.
/// </summary>
public sealed class InvestigationHosts : ModuleHostFixture
{
    protected override void AddModules(IHostApplicationBuilder builder) =>
        builder.AddLifecycleModule().AddComplaintsOnRecord().AddCompensationModule().AddInvestigationModule();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => HostSettings.Section("Compensation");
}
