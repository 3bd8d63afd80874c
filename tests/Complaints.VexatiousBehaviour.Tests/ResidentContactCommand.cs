using Complaints.Kernel.Pipeline;
using Complaints.VexatiousBehaviour.Contracts;

namespace Complaints.VexatiousBehaviour.Tests;

/// <summary>
/// Contact from a resident, as another module's message carries it (Intake's LogComplaint, Investigation's
/// RecordContact): the restriction step runs on it through the <see cref="IResidentContact"/> contract, and the handler
/// answers with the routing the step set.
/// </summary>
internal sealed record ResidentContactCommand(
    string? ContactResidentReference, ContactChannel ContactChannel, Guid? ContactComplaintId = null, bool UrgentMatter = false, ContactRouting? Routing = null)
    : ICommand<ContactRouting?>, IResidentContact
{
    public IResidentContact WithRouting(ContactRouting routing) => this with { Routing = routing };
}

internal sealed class ResidentContactHandler : ICommandHandler<ResidentContactCommand, ContactRouting?>
{
    public Task<ContactRouting?> HandleAsync(PluginContext<ResidentContactCommand, ContactRouting?> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Target.Routing);
}
