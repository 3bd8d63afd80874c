using Complaints.Client;
using Complaints.Intake.Api.V1;

namespace Complaints.Cli.Commands;

/// <summary>A complaint named on the command line by its reference or its id, whichever a person has to hand.</summary>
internal static class ComplaintLookup
{
    public static GetComplaintRequest Request(string referenceOrId) =>
        Guid.TryParse(referenceOrId, out _) ? new GetComplaintRequest { Id = referenceOrId } : new GetComplaintRequest { Reference = referenceOrId };

    /// <summary>The complaint's id: as given, or looked up by its reference.</summary>
    public static async Task<(string Id, string Reference)> FindAsync(ComplaintsApi api, string referenceOrId, CancellationToken cancellationToken)
    {
        var complaint = (await api.Intake.GetComplaintAsync(Request(referenceOrId), cancellationToken: cancellationToken)).Complaint;
        return (complaint.Id, complaint.Reference);
    }
}
