using Complaints.Compensation;
using Complaints.Hazards;
using Complaints.Investigation;
using Complaints.Lifecycle;
using Complaints.VexatiousBehaviour;
using Microsoft.Extensions.Hosting;

namespace Complaints.OmbudsmanLiaison.Tests;

/// <summary>
/// OmbudsmanLiaison with every module whose contract it reads or writes — the Lifecycle it moves, Compensation's
/// awards for compensation orders, and Investigation's, VexatiousBehaviour's and Hazards' records for the evidence pack — and
/// complaints on record in Intake's place.
/// </summary>
public sealed class OmbudsmanLiaisonHosts : ModuleHostFixture
{
    protected override void AddModules(IHostApplicationBuilder builder) =>
        builder.AddLifecycleModule().AddComplaintsOnRecord().AddCompensationModule().AddInvestigationModule().AddVexatiousBehaviourModule()
            .AddHazardsModule().AddOmbudsmanLiaisonModule();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => HostSettings.Section("Compensation");
}
